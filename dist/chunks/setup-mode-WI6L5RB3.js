import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  runSetupMode
} from "./chunk-T5WNOCBC.js";
import "./chunk-VXIRTHLL.js";
import "./chunk-BRXC6WUH.js";
import "./chunk-NIHVDGFF.js";
import "./chunk-ZT73QDEU.js";
import "./chunk-XRVUSB3I.js";
import "./chunk-6TNHHGZW.js";
import "./chunk-YZCBP5WB.js";
import "./chunk-QJX3G46C.js";
import "./chunk-KGVCVX4O.js";
import "./chunk-X6EWYPAH.js";
export {
  runSetupMode
};
