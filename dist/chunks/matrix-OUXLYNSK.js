import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  DEFAULT_GO_VERSIONS,
  DEFAULT_TF_COUNT,
  KNOWN_GO_MINORS,
  MAX_MATRIX_JOBS,
  buildMatrix
} from "./chunk-E5RWLL4Y.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  DEFAULT_GO_VERSIONS,
  DEFAULT_TF_COUNT,
  KNOWN_GO_MINORS,
  MAX_MATRIX_JOBS,
  buildMatrix
};
