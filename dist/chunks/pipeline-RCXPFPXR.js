import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  computeFlagsWithStubs,
  earlyStagesResult,
  failThreshold,
  hasFailures,
  postprocessFindings,
  runPipeline
} from "./chunk-EFC53AS5.js";
import "./chunk-GJ64SRN2.js";
import "./chunk-YEBL5SQN.js";
import "./chunk-JTPT4SBH.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-RXABDSMN.js";
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
