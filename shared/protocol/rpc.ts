import { z } from "zod";
import { endpoints, events, type EndpointName, type EventName, type EventPayload, type Params, type Result } from "./endpoints.js";

/** Wire envelope of every message between the plugin UI and the main thread. */
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
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** Error raised on the calling side: the handler failed (`code` from it), `timeout`, or `bad_message`. */
export class RpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RpcError";
  }
}

export type Post = (message: Envelope) => void;
export type Subscribe = (listener: (message: unknown) => void) => () => void;

export type Handlers = { [N in EndpointName]: (params: z.infer<(typeof endpoints)[N]["params"]>) => Promise<Result<N>> | Result<N> };

/** Answers requests with the matching handler; params and results are validated with the endpoint schemas. */
export function serveRpc(handlers: Partial<Handlers>, post: Post, subscribe: Subscribe): () => void {
  return subscribe(async (raw) => {
    const parsed = EnvelopeSchema.safeParse(raw);
    if (!parsed.success || parsed.data.kind !== "request") return;
    const { id, method } = parsed.data;
    const reply = (error: { code: string; message: string }) => post({ kind: "response", id, ok: false, error });
    const endpoint = endpoints[method as EndpointName];
    const handler = handlers[method as EndpointName] as ((p: unknown) => unknown) | undefined;
    if (!endpoint || !handler) return reply({ code: "unknown_method", message: `No handler for ${method}` });
    const params = endpoint.params.safeParse(parsed.data.params);
    if (!params.success) return reply({ code: "bad_params", message: params.error.message });
    try {
      const result = endpoint.result.parse(await handler(params.data));
      post({ kind: "response", id, ok: true, result });
    } catch (error) {
      const code = error instanceof RpcError ? error.code : "handler_failed";
      reply({ code, message: error instanceof Error ? error.message : String(error) });
    }
  });
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
    const parsed = EnvelopeSchema.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
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
        post({ kind: "request", id, method, params });
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

/** Sends a typed event from the main thread to the UI. */
export function emitEvent<N extends EventName>(post: Post, name: N, payload: EventPayload<N>): void {
  post({ kind: "event", name, payload });
}
