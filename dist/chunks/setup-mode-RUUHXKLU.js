import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runSetupMode
} from "./chunk-VJHPJKGO.js";
import "./chunk-D3ULYHN4.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-EZHX5FHY.js";
import "./chunk-2OUITK3C.js";
import "./chunk-JTPT4SBH.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-RXABDSMN.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  runSetupMode
};
