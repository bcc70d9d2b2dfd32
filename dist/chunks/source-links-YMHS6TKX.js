import { createRequire as __tcvCreateRequire } from 'node:module'; const require = __tcvCreateRequire(import.meta.url);
import {
  positionLink,
  repoBlobUrl
} from "./chunk-7VM6WTPS.js";
import "./chunk-X6EWYPAH.js";
export {
  positionLink,
  repoBlobUrl
};
