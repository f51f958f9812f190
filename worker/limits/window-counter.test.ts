import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { checkRateAsync } from "./rate-limiter.js";
import { WindowCounters, bucketOf, shardKey, windowPrefix } from "./window-counter.js";

const unique = (label: string) => `t-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

describe("WindowCounters over real local KV", () => {
  it("admits exactly the limit among concurrent checks in one isolate", async () => {
    const counters = new WindowCounters(env.LIMITS, "iso-a");
    const name = unique("exact");
    const decisions = await Promise.all(Array.from({ length: 50 }, () => checkRateAsync(counters, [{ name, limit: 20, windowSec: 60 }])));
    expect(decisions.filter((d) => d.admitted)).toHaveLength(20);
    const refused = decisions.filter((d) => !d.admitted);
    expect(refused).toHaveLength(30);
    for (const d of refused) expect(d.retryAfter).toBeGreaterThanOrEqual(1);
    await Promise.all(decisions.map((d) => d.persist));
  });

  it("persists its own shard with a TTL and counts other isolates' shards", async () => {
    let now = Date.UTC(2026, 10, 30, 5, 0, 10);
    const clock = () => now;
    const name = unique("shards");
    const a = new WindowCounters(env.LIMITS, "iso-a", clock);
    const b = new WindowCounters(env.LIMITS, "iso-b", clock);
    await a.refreshAsync(name, 60);
    await Promise.all([a.add(name, 60, 1), a.add(name, 60, 1), a.add(name, 60, 1)]);
    const bucket = bucketOf(now, 60);
    const listed = await env.LIMITS.list<{ c: number }>({ prefix: windowPrefix(name, bucket) });
    expect(listed.keys.map((k) => k.name)).toEqual([shardKey(name, bucket, "iso-a")]);
    expect(listed.keys[0].metadata?.c).toBe(3);
    expect(listed.keys[0].expiration).toBeGreaterThan(Date.now() / 1000);

    await b.refreshAsync(name, 60);
    expect(b.view(name, 60).count).toBe(3);
    // A new window starts from zero.
    now += 60_000;
    await b.refreshAsync(name, 60);
    expect(b.view(name, 60).count).toBe(0);
  });

  it("recovers its own persisted count when a window was dropped from memory", async () => {
    const name = unique("recover");
    const first = new WindowCounters(env.LIMITS, "iso-r");
    await first.refreshAsync(name, 3600);
    await Promise.all([first.add(name, 3600, 1), first.add(name, 3600, 1)]);
    // Same isolate id, fresh memory (what MAX_WINDOWS eviction leaves behind).
    const again = new WindowCounters(env.LIMITS, "iso-r");
    await again.refreshAsync(name, 3600);
    expect(again.view(name, 3600).count).toBe(2);
  });

  it("writes a shard at most once per second however many adds arrive", async () => {
    const name = unique("throttle");
    const counters = new WindowCounters(env.LIMITS, "iso-t");
    await counters.refreshAsync(name, 60);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 25; i++) writes.push(counters.add(name, 60, 1));
    await Promise.all(writes);
    const bucket = bucketOf(Date.now(), 60);
    const value = await env.LIMITS.get(shardKey(name, bucket, "iso-t"));
    expect(value).toBe("25");
  });
});
