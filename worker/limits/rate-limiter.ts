import type { WindowCounters } from "./window-counter.js";

/** One limit to enforce: `limit` admissions per `windowSec` for counter `name`. */
export interface RateRule {
  name: string;
  limit: number;
  windowSec: number;
}

/** Outcome of a rate-limit check; `rule` is the tightest (lowest remaining) rule. */
export interface RateDecision {
  admitted: boolean;
  limit: number;
  remaining: number;
  resetSec: number;
  /** Seconds the client should wait (only when refused). */
  retryAfter?: number;
  rule: string;
  /** Persists the admission to KV (hand to `waitUntil`). */
  persist: Promise<void>;
}

/** KV counter name of a per-identity window, e.g. `rl:m:<id>`. */
export const rateKey = (window: "m" | "h" | "ipm", identity: string): string => `rl:${window}:${identity}`;

/**
 * Sliding-window estimate (as Cloudflare's own limiter): the previous window's count weighted by the
 * share of it still inside a window-long lookback, plus the current window's count. A burst that
 * straddles a window boundary is therefore held to ≈ `limit`, not 2 × `limit` as with fixed windows.
 */
function estimate(counters: WindowCounters, rule: RateRule): { count: number; retrySec: number } {
  const { count: current, resetSec } = counters.view(rule.name, rule.windowSec);
  const previous = counters.view(rule.name, rule.windowSec, 1).count;
  const count = current + previous * (1 - counters.elapsed(rule.windowSec));
  // Wait until the estimate drops below the limit with no new admissions.
  const retrySec =
    current >= rule.limit
      ? resetSec + Math.ceil(rule.windowSec * Math.max(0, 1 - rule.limit / Math.max(current, 1)))
      : Math.max(1, Math.ceil(resetSec - rule.windowSec * ((rule.limit - current) / Math.max(previous, 1))));
  return { count, retrySec: Math.min(Math.max(1, retrySec), rule.windowSec) };
}

/**
 * Checks every rule and, only if all pass, counts the request in each of them.
 * The check and the increments run synchronously after the refresh, so concurrent requests
 * in one isolate never over-admit.
 */
export async function checkRateAsync(counters: WindowCounters, rules: RateRule[]): Promise<RateDecision> {
  await Promise.all(rules.flatMap((r) => [counters.refreshAsync(r.name, r.windowSec), counters.refreshAsync(r.name, r.windowSec, 1)]));
  const views = rules.map((r) => ({ rule: r, ...estimate(counters, r) }));
  const refused = views.filter((v) => v.count >= v.rule.limit);
  if (refused.length > 0) {
    const retryAfter = Math.max(...refused.map((v) => v.retrySec));
    const worst = refused.find((v) => v.retrySec === retryAfter) ?? refused[0];
    return { admitted: false, limit: worst.rule.limit, remaining: 0, resetSec: retryAfter, retryAfter, rule: worst.rule.name, persist: Promise.resolve() };
  }
  const persist = Promise.all(rules.map((r) => counters.add(r.name, r.windowSec, 1))).then(() => undefined);
  const tightest = views.reduce((a, b) => (b.rule.limit - b.count < a.rule.limit - a.count ? b : a));
  return {
    admitted: true,
    limit: tightest.rule.limit,
    remaining: Math.max(0, Math.floor(tightest.rule.limit - tightest.count - 1)),
    resetSec: counters.view(tightest.rule.name, tightest.rule.windowSec).resetSec,
    rule: tightest.rule.name,
    persist,
  };
}
