import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  computeFlagsWithStubs,
  earlyStagesResult,
  postprocessFindings,
  runPipeline
} from "./chunk-M4NGKL2P.js";
import "./chunk-UNMOTGL2.js";
import "./chunk-5QYZCYMJ.js";
import "./chunk-3PHFEWK4.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  computeFlagsWithStubs,
  earlyStagesResult,
  postprocessFindings,
  runPipeline
};
