import { z } from "zod";
import { endpoints, events, type EndpointName, type EventName, type EventPayload, type Params, type Result } from "./endpoints.js";
import { emitEvent, serveRpcCore, type Handlers } from "./serve-rpc.js";
import { isEnvelope, RpcError, type Envelope, type Post, type Subscribe } from "./wire.js";

export { emitEvent, serveRpcCore, RpcError, isEnvelope };
export type { Envelope, Handlers, Post, Subscribe };

/** Wire envelope of every message between the plugin UI and the main thread (zod form of `Envelope`). */
export const EnvelopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("request"), id: z.string(), method: z.string(), params: z.unknown() }),
  z.object({ kind: z.literal("response"), id: z.string(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    kind: z.literal("response"),
    id: z.string(),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
  z.object({ kind: z.literal("event"), name: z.string(), payload: z.unknown() }),
]);

/**
 * `serveRpcCore` plus zod validation of params and results with the endpoint schemas. For
 * servers that can afford zod (tests, tools); the Figma main thread uses `serveRpcCore`
 * because its bundle budget can't hold zod, and relies on the client validating params.
 */
export function serveRpc(handlers: Partial<Handlers>, post: Post, subscribe: Subscribe): () => void {
  const validated: Partial<Record<EndpointName, (p: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(handlers) as EndpointName[]) {
    const handler = handlers[name] as (p: unknown) => unknown;
    validated[name] = async (p) => endpoints[name].result.parse(await handler(p));
  }
  const check = (method: EndpointName, params: unknown) => {
    const parsed = endpoints[method].params.safeParse(params);
    if (!parsed.success) throw new RpcError("bad_params", parsed.error.message);
    return parsed.data;
  };
  return serveRpcCore(validated as Partial<Handlers>, post, subscribe, check);
}

export interface RpcClient {
  callAsync<N extends EndpointName>(method: N, params: Params<N>, options?: { timeoutMs?: number }): Promise<Result<N>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  dispose(): void;
}

/** Typed caller with request ids, an error reply and a timeout on every call. */
export function createRpcClient(post: Post, subscribe: Subscribe, defaults: { timeoutMs?: number } = {}): RpcClient {
  let counter = 0;
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: EndpointName }>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const unsubscribe = subscribe((raw) => {
    if (!isEnvelope(raw)) return;
    const msg = raw;
    if (msg.kind === "event") {
      const schema = events[msg.name as EventName];
      const payload = schema?.safeParse(msg.payload);
      if (payload?.success) listeners.get(msg.name)?.forEach((l) => l(payload.data));
      return;
    }
    if (msg.kind !== "response") return;
    const call = pending.get(msg.id);
    if (!call) return;
    pending.delete(msg.id);
    if (!msg.ok) return call.reject(new RpcError(msg.error.code, msg.error.message));
    const result = endpoints[call.method].result.safeParse(msg.result);
    if (result.success) call.resolve(result.data);
    else call.reject(new RpcError("bad_message", `Invalid ${call.method} result: ${result.error.message}`));
  });
  return {
    callAsync(method, params, options) {
      const id = `${Date.now().toString(36)}-${(counter++).toString(36)}`;
      const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? 15_000;
      const checked = endpoints[method].params.safeParse(params);
      if (!checked.success) return Promise.reject(new RpcError("bad_params", `Invalid ${method} params: ${checked.error.message}`));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new RpcError("timeout", `${method} did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          method,
          resolve: (v) => (clearTimeout(timer), resolve(v as never)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        post({ kind: "request", id, method, params: checked.data });
      });
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    dispose() {
      unsubscribe();
      pending.forEach((p) => p.reject(new RpcError("disposed", "RPC client disposed")));
      pending.clear();
    },
  };
}
