import type { ErrorCode } from "../contract/problem.js";

/** A typed engine failure with a stable code and the HTTP status that fits it (413 for size, 422 otherwise). */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: 413 | 415 | 422 = code === "image_too_large" ? 413 : 422,
    /** 0-based index of the frame in the request, set by the pipeline. */
    public frame?: number,
  ) {
    super(message);
    this.name = "EngineError";
  }
}
