import { WindowCounters } from "./window-counter.js";

let isolateId: string | undefined;
const byNamespace = new WeakMap<KVNamespace, WindowCounters>();

/** Random id of this isolate (generated lazily: workerd forbids randomness at global scope). */
export function currentIsolateId(): string {
  isolateId ??= crypto.randomUUID().replace(/-/g, "").slice(0, 12);
  return isolateId;
}

/** The in-isolate counter layer for a KV namespace (one per namespace per isolate). */
export function countersFor(kv: KVNamespace): WindowCounters {
  let counters = byNamespace.get(kv);
  if (!counters) {
    counters = new WindowCounters(kv, currentIsolateId());
    byNamespace.set(kv, counters);
  }
  return counters;
}
