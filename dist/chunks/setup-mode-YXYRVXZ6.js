import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runSetupMode
} from "./chunk-CQCNDD5C.js";
import "./chunk-MHKFNRKH.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-6NC7W6E2.js";
import "./chunk-4SNKZHRV.js";
import "./chunk-2WGLIBHJ.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  runSetupMode
};
