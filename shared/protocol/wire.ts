/**
 * The zod-free half of the protocol: the wire envelope, the error class and the guard the
 * main thread uses. The Figma main thread imports only this (and types), because zod alone
 * would take the main bundle past its 30 KB gz budget; the UI side validates with the zod
 * schemas of `endpoints.ts` (params before sending, results on receipt).
 */

/** Wire envelope of every message between the plugin UI and the main thread. */
export type Envelope =
  | { kind: "request"; id: string; method: string; params: unknown }
  | { kind: "response"; id: string; ok: true; result: unknown }
  | { kind: "response"; id: string; ok: false; error: { code: string; message: string } }
  | { kind: "event"; name: string; payload: unknown };

/** Error raised on the calling side: the handler failed (`code` from it), `timeout`, `bad_params` or `bad_message`. */
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Structural check of an envelope (what `EnvelopeSchema` checks, without zod). */
export function isEnvelope(raw: unknown): raw is Envelope {
  if (!isObject(raw)) return false;
  switch (raw.kind) {
    case "request":
      return typeof raw.id === "string" && typeof raw.method === "string";
    case "event":
      return typeof raw.name === "string";
    case "response":
      if (typeof raw.id !== "string") return false;
      if (raw.ok === true) return true;
      return raw.ok === false && isObject(raw.error) && typeof raw.error.code === "string" && typeof raw.error.message === "string";
    default:
      return false;
  }
}

/** Sends an event (no reply) over `post`. */
export function postEvent(post: Post, name: string, payload: unknown): void {
  post({ kind: "event", name, payload });
}
