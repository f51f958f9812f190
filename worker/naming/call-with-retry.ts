import { classifyError, type ClassifiedFailure } from "./classify-error.js";

/** Retry policy of one naming call; the whole call, retries and waits included, ends by `timeoutMs`. */
export interface RetryPolicy {
  /** Total time budget in ms (first attempt, retries and backoff waits). */
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff step; doubles per retry, capped at `maxDelayMs`, with 50–100 % jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Don't start an attempt with less time than this left. */
  minAttemptMs: number;
  random?: () => number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, "timeoutMs"> = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, minAttemptMs: 1_000 };

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; failure: ClassifiedFailure; attempts: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` with exponential backoff and jitter, honouring the server's retry-after, for
 * retryable failures (429, 5xx, 529, connection errors, timeouts of one attempt). Each attempt gets
 * an AbortSignal that fires at the overall deadline; a wait that would cross the deadline ends the
 * loop with the last failure. Never throws.
 */
export async function callWithRetryAsync<T>(
  attempt: (signal: AbortSignal, remainingMs: number) => Promise<T>,
  policy: RetryPolicy,
): Promise<RetryOutcome<T>> {
  const random = policy.random ?? Math.random;
  const deadline = Date.now() + policy.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
  let attempts = 0;
  try {
    for (;;) {
      attempts++;
      try {
        const value = await attempt(controller.signal, Math.max(1, deadline - Date.now()));
        return { ok: true, value, attempts };
      } catch (err) {
        const remaining = deadline - Date.now();
        const failure = classifyError(err, remaining <= 0 || controller.signal.aborted);
        if (!failure.retryable || attempts > policy.maxRetries || remaining <= 0) return { ok: false, failure, attempts };
        const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1)) * (0.5 + random() * 0.5);
        const wait = failure.retryAfterMs !== undefined ? Math.max(failure.retryAfterMs, backoff * 0.1) : backoff;
        if (wait + policy.minAttemptMs > remaining) {
          return { ok: false, failure: { ...failure, message: `${failure.message}; no time left to retry` }, attempts };
        }
        await sleep(wait);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
