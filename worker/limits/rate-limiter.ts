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
 * Checks every rule and, only if all pass, counts the request in each of them.
 * The check and the increments run synchronously after the refresh, so concurrent requests
 * in one isolate never over-admit.
 */
export async function checkRateAsync(counters: WindowCounters, rules: RateRule[]): Promise<RateDecision> {
  await Promise.all(rules.map((r) => counters.refreshAsync(r.name, r.windowSec)));
  const views = rules.map((r) => ({ rule: r, ...counters.view(r.name, r.windowSec) }));
  const refused = views.filter((v) => v.count >= v.rule.limit);
  if (refused.length > 0) {
    const retryAfter = Math.max(...refused.map((v) => v.resetSec));
    const worst = refused.find((v) => v.resetSec === retryAfter) ?? refused[0];
    return { admitted: false, limit: worst.rule.limit, remaining: 0, resetSec: retryAfter, retryAfter, rule: worst.rule.name, persist: Promise.resolve() };
  }
  const persist = Promise.all(rules.map((r) => counters.add(r.name, r.windowSec, 1))).then(() => undefined);
  const tightest = views.reduce((a, b) => (b.rule.limit - b.count < a.rule.limit - a.count ? b : a));
  return {
    admitted: true,
    limit: tightest.rule.limit,
    remaining: Math.max(0, tightest.rule.limit - tightest.count - 1),
    resetSec: tightest.resetSec,
    rule: tightest.rule.name,
    persist,
  };
}
