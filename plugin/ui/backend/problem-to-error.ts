import { BackendError } from "./backend-error.js";

interface ProblemLike {
  code?: string;
  title?: string;
  detail?: string;
  frame?: number;
  frameName?: string;
  retryAfter?: number;
  requestId?: string;
}

function asProblem(body: unknown): ProblemLike {
  if (!body || typeof body !== "object") return {};
  const b = body as Record<string, unknown>;
  const pick = <T>(key: string, type: string) => (typeof b[key] === type ? (b[key] as T) : undefined);
  return {
    code: pick<string>("code", "string"),
    title: pick<string>("title", "string"),
    detail: pick<string>("detail", "string"),
    frame: pick<number>("frame", "number"),
    frameName: pick<string>("frameName", "string"),
    retryAfter: pick<number>("retryAfter", "number"),
    requestId: pick<string>("requestId", "string"),
  };
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Turns an HTTP status plus a problem+json body (or SSE `error` payload) into a typed BackendError. */
export function problemToError(status: number, body: unknown, retryAfterHeader: string | null = null): BackendError {
  const p = asProblem(body);
  const details = { status, code: p.code, frame: p.frame, frameName: p.frameName, requestId: p.requestId, retryAfter: p.retryAfter ?? parseRetryAfter(retryAfterHeader) };
  const message = p.detail || p.title || `HTTP ${status}`;
  if (status === 401 || status === 403 || p.code === "unauthorized") return new BackendError("unauthorized", message, details);
  if (status === 429 || p.code === "rate_limited") return new BackendError("rate_limited", message, details);
  if (p.frame !== undefined && status < 500) return new BackendError("frame_rejected", message, details);
  if (status >= 400 && status < 500) return new BackendError("request_rejected", message, details);
  return new BackendError("server_error", message, details);
}
