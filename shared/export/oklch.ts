/** Hex → OKLCH for the exporters (the tree-shaken culori setup lives in shared/color/spaces.ts). */
export { toOklch } from "../color/spaces.js";
