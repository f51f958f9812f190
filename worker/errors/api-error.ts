import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../../shared/contract/problem.js";

/** Extra problem fields an API error may carry. */
export interface ApiErrorExtra {
  frame?: number;
  frameName?: string;
  retryAfter?: number;
  headers?: Record<string, string>;
}

/** A request error with a stable problem `code`; `app.onError` turns it into problem+json. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly title: string,
    detail: string,
    readonly extra: ApiErrorExtra = {},
  ) {
    super(status, { message: detail });
    this.name = "ApiError";
  }
}

/** Shorthand: `throw apiError(413, "payload_too_large", "Request too large", "…")`. */
export const apiError = (status: ContentfulStatusCode, code: ErrorCode, title: string, detail: string, extra?: ApiErrorExtra): ApiError =>
  new ApiError(status, code, title, detail, extra);
