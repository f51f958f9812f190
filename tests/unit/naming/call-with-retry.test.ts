import { describe, expect, it } from "vitest";
import Anthropic from "@anthropic-ai/sdk";
import { callWithRetryAsync, DEFAULT_RETRY_POLICY } from "../../../worker/naming/call-with-retry.js";

const policy = { ...DEFAULT_RETRY_POLICY, timeoutMs: 2_000, baseDelayMs: 10, minAttemptMs: 50, random: () => 1 };
const apiError = (status: number, headers: Record<string, string> = {}) =>
  Anthropic.APIError.generate(status, { type: "error", error: { type: "x", message: `m${status}` } }, undefined, new Headers(headers));

describe("callWithRetryAsync", () => {
  it("returns the first success", async () => {
    const out = await callWithRetryAsync(async () => 42, policy);
    expect(out).toEqual({ ok: true, value: 42, attempts: 1 });
  });

  it("retries retryable statuses up to maxRetries, with growing waits", async () => {
    const at: number[] = [];
    const out = await callWithRetryAsync(async () => {
      at.push(Date.now());
      throw apiError(503);
    }, { ...policy, maxRetries: 3, baseDelayMs: 40 });
    expect(out).toMatchObject({ ok: false, attempts: 4, failure: { code: "claude_error", retryable: true } });
    const gaps = at.slice(1).map((t, i) => t - at[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[2]).toBeGreaterThanOrEqual(150); // 40 · 2² = 160
  });

  it("honours retry-after when it fits the budget", async () => {
    let calls = 0;
    const t = Date.now();
    const out = await callWithRetryAsync(async () => {
      if (calls++ === 0) throw apiError(429, { "retry-after": "0.3" });
      return "ok";
    }, policy);
    expect(out.ok).toBe(true);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
  });

  it("does not retry 4xx other than 408/409/429", async () => {
    let calls = 0;
    const out = await callWithRetryAsync(async () => {
      calls++;
      throw apiError(401);
    }, policy);
    expect(calls).toBe(1);
    expect(out).toMatchObject({ ok: false, failure: { code: "claude_error" } });
  });

  it("classifies a 529 as overloaded and a connection failure as retryable", async () => {
    let calls = 0;
    const out = await callWithRetryAsync(async () => {
      if (calls++ === 0) throw new Anthropic.APIConnectionError({ cause: new Error("ECONNRESET") });
      throw apiError(529);
    }, { ...policy, maxRetries: 1 });
    expect(calls).toBe(2);
    expect(out).toMatchObject({ ok: false, failure: { code: "claude_overloaded" } });
  });

  it("obeys x-should-retry from the server", async () => {
    let calls = 0;
    const out = await callWithRetryAsync(async () => {
      calls++;
      throw apiError(calls === 1 ? 400 : 503, { "x-should-retry": calls === 1 ? "true" : "false" });
    }, policy);
    expect(calls).toBe(2);
    expect(out).toMatchObject({ ok: false, failure: { code: "claude_error", retryable: false } });
  });
});
