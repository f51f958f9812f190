import { HTTPException } from "hono/http-exception";
import { EngineError } from "../../shared/engine/errors.js";
import type { Problem } from "../../shared/contract/problem.js";
import { ApiError } from "./api-error.js";
import { buildProblem } from "./problem-response.js";

const ENGINE_TITLES: Partial<Record<string, string>> = {
  not_png: "Not a PNG",
  truncated: "Truncated PNG",
  bad_header: "Bad PNG header",
  bad_chunk: "Bad PNG chunk",
  unsupported_png: "Unsupported PNG",
  image_too_large: "Image too large",
  decompression_limit: "Decompression limit exceeded",
  corrupt_data: "Corrupt image data",
};

/** Result of mapping any thrown value: the problem, extra headers, and whether it was unexpected (→ logged as a bug). */
export interface MappedError {
  problem: Problem;
  headers: Record<string, string>;
  unexpected: boolean;
}

/** Maps ApiError / EngineError / HTTPException / anything else onto a problem. Unknown errors become a 500 that names only the request id. */
export function toProblem(err: unknown, requestId: string, frameNames: string[] = []): MappedError {
  if (err instanceof ApiError) {
    return { problem: buildProblem(err.status, err.code, err.title, err.message, requestId, err.extra), headers: err.extra.headers ?? {}, unexpected: false };
  }
  if (err instanceof EngineError) {
    const extra = err.frame !== undefined ? { frame: err.frame, frameName: frameNames[err.frame] } : {};
    return { problem: buildProblem(err.status, err.code, ENGINE_TITLES[err.code] ?? "Invalid image", err.message, requestId, extra), headers: {}, unexpected: false };
  }
  if (err instanceof HTTPException && err.status < 500) {
    return { problem: buildProblem(err.status, "bad_request", "Bad request", err.message || "Bad request", requestId), headers: {}, unexpected: false };
  }
  return {
    problem: buildProblem(500, "internal_error", "Internal error", `Unexpected error; quote request id ${requestId} when reporting it.`, requestId),
    headers: {},
    unexpected: true,
  };
}
