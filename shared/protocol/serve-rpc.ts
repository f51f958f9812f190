import type { EndpointName, EventName, EventPayload, ParsedParams, Result } from "./endpoints.js";
import { isEnvelope, postEvent, RpcError, type Post, type Subscribe } from "./wire.js";

/** One handler per endpoint; params arrive as the endpoint schema's output (defaults applied by the caller). */
export type Handlers = { [N in EndpointName]: (params: ParsedParams<N>) => Promise<Result<N>> | Result<N> };

/** Checks params before a handler runs; throw an `RpcError("bad_params", …)` to refuse. */
export type ParamsCheck = (method: EndpointName, params: unknown) => unknown;

/**
 * Answers requests with the matching handler: exactly one reply per request — the result, or
 * `{ code, message }` (`unknown_method`, `bad_params`, the handler's `RpcError` code, or
 * `handler_failed`). Zod-free so the Figma main thread can use it; `check` adds validation.
 */
export function serveRpcCore(handlers: Partial<Handlers>, post: Post, subscribe: Subscribe, check?: ParamsCheck): () => void {
  return subscribe(async (raw) => {
    if (!isEnvelope(raw) || raw.kind !== "request") return;
    const { id, method } = raw;
    const reply = (error: { code: string; message: string }) => post({ kind: "response", id, ok: false, error });
    const handler = Object.prototype.hasOwnProperty.call(handlers, method) ? (handlers[method as EndpointName] as ((p: unknown) => unknown) | undefined) : undefined;
    if (!handler) return reply({ code: "unknown_method", message: `No handler for ${method}` });
    try {
      const params = check ? check(method as EndpointName, raw.params) : raw.params;
      const result = await handler(params);
      post({ kind: "response", id, ok: true, result });
    } catch (error) {
      const code = error instanceof RpcError ? error.code : "handler_failed";
      reply({ code, message: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** Sends a typed event from the main thread to the UI. */
export function emitEvent<N extends EventName>(post: Post, name: N, payload: EventPayload<N>): void {
  postEvent(post, name, payload);
}
