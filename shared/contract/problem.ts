import { z } from "zod";

/**
 * Stable machine-readable error codes. Clients branch on `code`, never on `title`/`detail`.
 * Engine codes (validate/decode) come first; HTTP-level codes after.
 */
export const ErrorCodeSchema = z.enum([
  // engine: validate → decode
  "not_png",
  "truncated",
  "bad_header",
  "bad_chunk",
  "unsupported_png",
  "image_too_large",
  "decompression_limit",
  "corrupt_data",
  // HTTP / API
  "unsupported_media_type",
  "payload_too_large",
  "too_many_frames",
  "empty_body",
  "bad_multipart",
  "bad_options",
  "bad_request",
  "unauthorized",
  "rate_limited",
  "not_found",
  "method_not_allowed",
  "internal_error",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** RFC 9457 problem details, served as `application/problem+json`. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  detail: z.string(),
  code: ErrorCodeSchema,
  requestId: z.string().optional(),
  /** Index of the frame (0-based, request order) the problem is about, when it is about one. */
  frame: z.number().int().nonnegative().optional(),
  frameName: z.string().optional(),
  /** Seconds, mirrors the Retry-After header on 429. */
  retryAfter: z.number().int().nonnegative().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The `type` URI for a code (stable, documentation anchor). */
export const problemType = (code: ErrorCode): string => `https://copy-that.dev/problems/${code}`;
