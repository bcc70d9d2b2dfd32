import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  computeFlagsWithStubs,
  earlyStagesResult,
  failThreshold,
  hasFailures,
  postprocessFindings,
  runPipeline
} from "./chunk-MHKFNRKH.js";
import "./chunk-6NC7W6E2.js";
import "./chunk-4SNKZHRV.js";
import "./chunk-2WGLIBHJ.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  computeFlagsWithStubs,
  earlyStagesResult,
  failThreshold,
  hasFailures,
  postprocessFindings,
  runPipeline
};
