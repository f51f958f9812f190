/** The extraction engine: validate → decode → measure → name → merge. See types.ts for the interface. */
export * from "./types.js";
export * from "./errors.js";
export * from "./limits.js";
export * from "./validate/validate-png.js";
export * from "./decode/decode-png.js";
export * from "./version.js";
export * from "./measure/measure-frame.js";
export * from "./merge/merge-frames.js";
export * from "./contrast/contrast.js";
export * from "./naming/palette-name.js";
export * from "./naming/assign-roles.js";
export * from "./naming/name-colors.js";
export * from "./measure/spacing/measure-spacing.js";
export * from "./measure/spacing/merge-spacing.js";
export * from "./naming/spacing-names.js";
