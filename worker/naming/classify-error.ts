import Anthropic from "@anthropic-ai/sdk";
import type { NamingWarningCode } from "../../shared/contract/extract.js";

/** A failed attempt, reduced to what the namer needs. */
export interface ClassifiedFailure {
  code: NamingWarningCode;
  message: string;
  retryable: boolean;
  /** Server-requested wait (retry-after / retry-after-ms), in ms. */
  retryAfterMs?: number;
}

function retryAfter(headers: Headers | undefined): number | undefined {
  if (!headers || typeof headers.get !== "function") return undefined;
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function apiMessage(err: InstanceType<typeof Anthropic.APIError>): string {
  const body = err.error as { error?: { message?: unknown } } | undefined;
  const text = typeof body?.error?.message === "string" ? body.error.message : "";
  return text.slice(0, 160);
}

/** Maps an SDK (or transport) error onto a naming warning code and a retry decision; the server's `x-should-retry` wins. */
export function classifyError(err: unknown, deadlinePassed: boolean): ClassifiedFailure {
  const failure = classify(err, deadlinePassed);
  const hint = err instanceof Anthropic.APIError && err.headers && typeof err.headers.get === "function" ? err.headers.get("x-should-retry") : null;
  if (hint === "true") return { ...failure, retryable: true };
  if (hint === "false") return { ...failure, retryable: false };
  return failure;
}

function classify(err: unknown, deadlinePassed: boolean): ClassifiedFailure {
  if (err instanceof Anthropic.APIConnectionTimeoutError || (err instanceof Anthropic.APIUserAbortError && deadlinePassed)) {
    return { code: "claude_timeout", message: "Claude did not answer in time", retryable: true };
  }
  if (err instanceof Anthropic.APIUserAbortError) return { code: "claude_error", message: "request aborted", retryable: false };
  if (err instanceof Anthropic.APIConnectionError) {
    return { code: "claude_error", message: "could not reach the Claude API", retryable: true };
  }
  if (err instanceof Anthropic.APIError && typeof err.status === "number") {
    const status = err.status;
    const detail = apiMessage(err);
    const after = retryAfter(err.headers);
    if (status === 429) return { code: "claude_rate_limited", message: `rate limited (429)${detail ? `: ${detail}` : ""}`, retryable: true, retryAfterMs: after };
    if (status === 529) return { code: "claude_overloaded", message: `Claude is overloaded (529)`, retryable: true, retryAfterMs: after };
    const retryable = status === 408 || status === 409 || status >= 500;
    return { code: "claude_error", message: `Claude API error ${status}${detail ? `: ${detail}` : ""}`, retryable, retryAfterMs: after };
  }
  if (err instanceof SyntaxError) return { code: "claude_invalid_output", message: "the API response was not valid JSON", retryable: false };
  const text = err instanceof Error ? err.message : String(err);
  return { code: "claude_error", message: `unexpected error: ${text.slice(0, 160)}`, retryable: false };
}
