/** The extraction engine: validate → decode → measure → name → merge. See types.ts for the interface. */
export * from "./types.js";
export * from "./errors.js";
export * from "./limits.js";
export * from "./validate/validate-png.js";
export * from "./decode/decode-png.js";
