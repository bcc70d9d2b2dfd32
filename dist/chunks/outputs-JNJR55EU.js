import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  reportRun,
  unresolvedSymbols,
  verdictOf
} from "./chunk-M74SX7PT.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-UNMOTGL2.js";
import "./chunk-7VM6WTPS.js";
import "./chunk-3PHFEWK4.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  reportRun,
  unresolvedSymbols,
  verdictOf
};
