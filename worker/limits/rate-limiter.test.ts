import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkRateAsync } from "./rate-limiter.js";
import { WindowCounters } from "./window-counter.js";

const unique = (label: string) => `t-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

describe("sliding-window rate limit over real local KV", () => {
  it("holds a burst that straddles a window boundary to the limit (a fixed window would admit 2×)", async () => {
    let now = Date.UTC(2026, 10, 30, 5, 0, 59, 500); // 0.5 s before the minute ends
    const counters = new WindowCounters(env.LIMITS, "iso-a", () => now);
    const rule = { name: unique("straddle"), limit: 60, windowSec: 60 };
    const before = await Promise.all(Array.from({ length: 100 }, () => checkRateAsync(counters, [rule])));
    now += 1_000; // the next minute has started
    const after = await Promise.all(Array.from({ length: 100 }, () => checkRateAsync(counters, [rule])));
    const admitted = [...before, ...after].filter((d) => d.admitted).length;
    expect(before.filter((d) => d.admitted)).toHaveLength(60);
    expect(admitted).toBeLessThanOrEqual(61);
    for (const d of after.filter((x) => !x.admitted)) {
      expect(d.retryAfter).toBeGreaterThanOrEqual(1);
      expect(d.retryAfter).toBeLessThanOrEqual(60);
    }
    await Promise.all([...before, ...after].map((d) => d.persist));
  });

  it("frees capacity gradually as the previous window slides out", async () => {
    let now = Date.UTC(2026, 10, 30, 6, 0, 0, 0);
    const counters = new WindowCounters(env.LIMITS, "iso-b", () => now);
    const rule = { name: unique("slide"), limit: 10, windowSec: 60 };
    const first = await Promise.all(Array.from({ length: 10 }, () => checkRateAsync(counters, [rule])));
    expect(first.every((d) => d.admitted)).toBe(true);
    now += 90_000; // half of the previous window still weighs in: ≈ 5 free places
    const later = await Promise.all(Array.from({ length: 10 }, () => checkRateAsync(counters, [rule])));
    expect(later.filter((d) => d.admitted)).toHaveLength(5);
    await Promise.all([...first, ...later].map((d) => d.persist));
  });
});
