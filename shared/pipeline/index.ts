/** The extraction pipeline: frames in, measured + named tokens out. */
export * from "./types.js";
export * from "./run-extraction.js";
export * from "./frame-id.js";
export * from "./verify-named.js";
