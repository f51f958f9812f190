/** Platform-free image helpers: area-average downscale, PNG encode, base64. */
export * from "./downscale.js";
export * from "./encode-png.js";
export * from "./base64.js";
