import type { EndpointName, EventName, EventPayload, Params, Result } from "../../../shared/protocol/endpoints.js";
import type { RpcClient } from "../../../shared/protocol/rpc.js";
import { isEnvelope, RpcError, type Envelope } from "../../../shared/protocol/wire.js";

type Listener = (message: unknown) => void;

/**
 * The UI side of the typed RPC, speaking shared/protocol's envelope (`request`/`response`/`event`,
 * zod-free `wire.ts`) without importing the zod schemas of `endpoints.ts`: zod alone is ~100 KB
 * minified and would take the UI past its 60 KB gzip budget. Params and results are typed from the
 * same endpoint map (checked at compile time); the main thread checks params on arrival, and its
 * results come from typed code of this same plugin. Data from outside (the backend) is checked
 * at that boundary instead (backend/check-response.ts).
 */
export function createUiRpcClient(post: (envelope: Envelope) => void, subscribe: (l: Listener) => () => void, defaults: { timeoutMs?: number } = {}): RpcClient {
  let counter = 0;
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const unsubscribe = subscribe((raw) => {
    if (!isEnvelope(raw)) return;
    const msg = raw;
    if (msg.kind === "event") return listeners.get(msg.name)?.forEach((l) => l(msg.payload));
    if (msg.kind !== "response") return;
    const call = pending.get(msg.id);
    if (!call) return;
    pending.delete(msg.id);
    if (msg.ok) call.resolve(msg.result);
    else call.reject(new RpcError(msg.error.code, msg.error.message));
  });
  return {
    callAsync<N extends EndpointName>(method: N, params: Params<N>, options?: { timeoutMs?: number }): Promise<Result<N>> {
      const id = `ui-${Date.now().toString(36)}-${(counter++).toString(36)}`;
      const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? 15_000;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new RpcError("timeout", `${method} did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v as Result<N>)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        post({ kind: "request", id, method, params });
      });
    },
    on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (p: unknown) => void);
      return () => void set.delete(listener as (p: unknown) => void);
    },
    dispose() {
      unsubscribe();
      pending.forEach((p) => p.reject(new RpcError("disposed", "RPC client disposed")));
      pending.clear();
    },
  };
}

/**
 * Connects the UI to the main thread: requests go out as `parent.postMessage({ pluginMessage }, "*")`,
 * replies and events arrive as `event.data.pluginMessage`.
 */
export function connectRpc(win: Window = window): RpcClient {
  return createUiRpcClient(
    (envelope) => win.parent.postMessage({ pluginMessage: envelope }, "*"),
    (listener) => {
      const onMessage = (event: MessageEvent) => {
        const data = event.data as { pluginMessage?: unknown } | null;
        if (data && typeof data === "object" && "pluginMessage" in data) listener(data.pluginMessage);
      };
      win.addEventListener("message", onMessage);
      return () => win.removeEventListener("message", onMessage);
    },
    { timeoutMs: 30_000 },
  );
}
