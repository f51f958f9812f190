/** What went wrong talking to the backend, in terms the UI can explain. */
export type BackendErrorKind =
  | "unreachable"
  | "unauthorized"
  | "rate_limited"
  | "frame_rejected"
  | "request_rejected"
  | "server_error"
  | "bad_response"
  | "aborted";

/** Typed backend failure with a stable `kind`, plus details from the problem+json when present. */
export class BackendError extends Error {
  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    readonly details: { status?: number; code?: string; frame?: number; frameName?: string; retryAfter?: number; requestId?: string } = {},
  ) {
    super(message);
    this.name = "BackendError";
  }
}
