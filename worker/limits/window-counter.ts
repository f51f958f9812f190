/**
 * Fixed-window counters in KV, designed for KV's limits (≈1 write/s per key, reads
 * eventually consistent for up to ~60 s, min TTL 60 s):
 *
 * - Each isolate counts in memory and owns one KV shard per (counter, window bucket):
 *   `<name>:<bucket>:<isolate>`, value and metadata `{ c: count }`. It never writes another
 *   isolate's key, so there are no lost updates, and it writes its shard at most once per
 *   `FLUSH_MS`.
 * - The other isolates' shards are summed from one `list({ prefix })` (metadata carries the
 *   count, so no extra reads), refreshed at most every `REFRESH_MS` per counter.
 * - Decisions are made synchronously on in-memory numbers after the refresh, so concurrent
 *   requests in one isolate are counted exactly.
 *
 * Over-admission bound (documented in docs/notes/worker.md): exact within an isolate; across
 * k isolates another isolate's admissions become visible after ≤ FLUSH_MS + REFRESH_MS + KV
 * propagation (≤ ~60 s), so per window at most `limit + admissions made elsewhere in that lag`,
 * worst case `k × limit` for a one-minute window.
 */

export const FLUSH_MS = 1_000;
export const REFRESH_MS = 1_000;
/** In-memory windows kept per isolate; past this, the oldest idle ones are dropped (their KV shard keeps the count). */
export const MAX_WINDOWS = 20_000;

/** KV key prefix shared by all shards of one counter window. */
export const windowPrefix = (name: string, bucket: number): string => `${name}:${bucket}:`;
/** KV key of one isolate's shard. */
export const shardKey = (name: string, bucket: number, isolate: string): string => `${windowPrefix(name, bucket)}${isolate}`;
/** Window bucket number for a time. */
export const bucketOf = (nowMs: number, windowSec: number): number => Math.floor(nowMs / (windowSec * 1000));

interface WindowState {
  bucket: number;
  windowSec: number;
  local: number;
  remote: number;
  refreshedAt: number;
  refreshing?: Promise<void>;
  flushedValue: number;
  flushedAt: number;
  flushing?: Promise<void>;
}

/** A view of one counter window after a refresh. */
export interface WindowView {
  count: number;
  /** Seconds until the window ends (≥ 1). */
  resetSec: number;
}

/** One isolate's counters over a KV namespace. */
export class WindowCounters {
  private readonly states = new Map<string, WindowState>();

  constructor(
    private readonly kv: KVNamespace,
    private readonly isolate: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** State of the current window, or of the one `back` windows before it. */
  private state(name: string, windowSec: number, back = 0): WindowState {
    const bucket = bucketOf(this.now(), windowSec) - back;
    const key = windowPrefix(name, bucket);
    let s = this.states.get(key);
    if (!s) {
      if (this.states.size >= MAX_WINDOWS / 4) this.sweep();
      s = { bucket, windowSec, local: 0, remote: 0, refreshedAt: -Infinity, flushedValue: 0, flushedAt: -Infinity };
      this.states.set(key, s);
    }
    return s;
  }

  private sweep(): void {
    for (const [key, s] of this.states) if (bucketOf(this.now(), s.windowSec) !== s.bucket && !s.flushing) this.states.delete(key);
    // Still too many live windows (many distinct clients): drop the oldest idle ones. Their counts are
    // recovered from this isolate's own KV shard on the next refresh (see refreshAsync).
    for (const [key, s] of this.states) {
      if (this.states.size < MAX_WINDOWS) break;
      if (!s.flushing && !s.refreshing && s.local === s.flushedValue) this.states.delete(key);
    }
  }

  /** Makes sure the other isolates' counts are at most REFRESH_MS old (one shared list per counter). */
  async refreshAsync(name: string, windowSec: number, back = 0): Promise<void> {
    const s = this.state(name, windowSec, back);
    if (this.now() - s.refreshedAt < REFRESH_MS) return;
    s.refreshing ??= (async () => {
      try {
        const own = shardKey(name, s.bucket, this.isolate);
        let remote = 0;
        let cursor: string | undefined;
        do {
          const page: KVNamespaceListResult<{ c?: number }> = await this.kv.list<{ c?: number }>({ prefix: windowPrefix(name, s.bucket), cursor });
          for (const k of page.keys) {
            const count = Number(k.metadata?.c) || 0;
            if (k.name !== own) remote += count;
            else if (s.flushedValue === 0 && !s.flushing && count > 0) {
              // A window this isolate dropped from memory: continue from what it persisted.
              s.local += count;
              s.flushedValue = count;
            }
          }
          cursor = page.list_complete ? undefined : page.cursor;
        } while (cursor);
        s.remote = remote;
      } catch (err) {
        // KV unreachable: keep deciding on what this isolate knows (fail open across isolates, exact within).
        console.warn(JSON.stringify({ msg: "rate-limit refresh failed", counter: name, error: String(err) }));
      } finally {
        s.refreshedAt = this.now();
        s.refreshing = undefined;
      }
    })();
    await s.refreshing;
  }

  /** Current total (this isolate + last known others). Synchronous: call after `refreshAsync`. */
  view(name: string, windowSec: number, back = 0): WindowView {
    const s = this.state(name, windowSec, back);
    const end = (bucketOf(this.now(), windowSec) + 1) * windowSec * 1000;
    return { count: s.local + s.remote, resetSec: Math.max(1, Math.ceil((end - this.now()) / 1000)) };
  }

  /** Share of the current window already elapsed, 0..1. */
  elapsed(windowSec: number): number {
    const ms = windowSec * 1000;
    return (this.now() % ms) / ms;
  }

  /** Adds to this isolate's count (synchronous) and returns a promise that persists it (for `waitUntil`). */
  add(name: string, windowSec: number, amount: number): Promise<void> {
    const s = this.state(name, windowSec);
    s.local += amount;
    return this.flushAsync(name, s);
  }

  private flushAsync(name: string, s: WindowState): Promise<void> {
    s.flushing ??= (async () => {
      try {
        const wait = s.flushedAt + FLUSH_MS - this.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const value = s.local;
        if (value === s.flushedValue) return;
        const ttl = Math.max(60, s.windowSec * 2);
        try {
          await this.kv.put(shardKey(name, s.bucket, this.isolate), String(value), { metadata: { c: value }, expirationTtl: ttl });
          s.flushedValue = value;
        } catch (err) {
          console.warn(JSON.stringify({ msg: "counter flush failed", counter: name, error: String(err) }));
          return;
        }
        s.flushedAt = this.now();
      } finally {
        s.flushing = undefined;
      }
      if (s.local !== s.flushedValue) await this.flushAsync(name, s);
    })();
    return s.flushing;
  }
}
