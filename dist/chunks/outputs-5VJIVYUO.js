import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  reportRun,
  unresolvedSymbols,
  verdictOf
} from "./chunk-J6UJVGAW.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-NIHVDGFF.js";
import "./chunk-7VM6WTPS.js";
import "./chunk-XRVUSB3I.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  reportRun,
  unresolvedSymbols,
  verdictOf
};
