import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  reportRun,
  unresolvedSymbols,
  verdictOf
} from "./chunk-RZBKSTFP.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-GJ64SRN2.js";
import "./chunk-7VM6WTPS.js";
import "./chunk-JTPT4SBH.js";
import "./chunk-RXABDSMN.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  reportRun,
  unresolvedSymbols,
  verdictOf
};
