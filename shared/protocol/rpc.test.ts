import { describe, expect, it } from "vitest";
import { createRpcClient, RpcError, serveRpc, serveRpcCore, type Envelope } from "./rpc.js";
import { isEnvelope } from "./wire.js";

type Listener = (m: unknown) => void;

/** Two ends of an in-memory channel with async, cloned delivery (like postMessage). */
function channel() {
  const toServer = new Set<Listener>();
  const toClient = new Set<Listener>();
  const send = (set: Set<Listener>) => (m: Envelope) => setTimeout(() => set.forEach((l) => l(structuredClone(m))), 0);
  const sub = (set: Set<Listener>) => (l: Listener) => (set.add(l), () => void set.delete(l));
  return { clientPost: send(toServer), serverSubscribe: sub(toServer), serverPost: send(toClient), clientSubscribe: sub(toClient) };
}

describe("rpc", () => {
  it("round-trips a call and applies the params' defaults before sending", async () => {
    const ch = channel();
    let seen: unknown;
    serveRpcCore({ "set-settings": (p) => ((seen = p), { backendUrl: "http://localhost:8787", accessKey: "", exportScale: 2, namingStyle: "semantic", collectionName: "X", clientId: "c" }) }, ch.serverPost, ch.serverSubscribe);
    const client = createRpcClient(ch.clientPost, ch.clientSubscribe);
    const result = await client.callAsync("set-settings", { collectionName: "X" });
    expect(result.collectionName).toBe("X");
    expect(seen).toEqual({ collectionName: "X" });
    client.dispose();
  });

  it("rejects bad params on the client without sending, and a handler's RpcError keeps its code", async () => {
    const ch = channel();
    let calls = 0;
    serveRpcCore({ "export-variables": () => { calls++; throw new RpcError("collection_not_found", "gone"); } }, ch.serverPost, ch.serverSubscribe);
    const client = createRpcClient(ch.clientPost, ch.clientSubscribe);
    await expect(client.callAsync("resize-ui", { width: 10, height: 10 })).rejects.toMatchObject({ code: "bad_params" });
    await expect(client.callAsync("export-variables", { collectionId: "x" })).rejects.toMatchObject({ code: "collection_not_found", message: "gone" });
    expect(calls).toBe(1);
    client.dispose();
  });

  it("answers unknown methods, validates params server-side with serveRpc, and times out silent handlers", async () => {
    const ch = channel();
    serveRpc({ "get-selection": () => new Promise(() => undefined) }, ch.serverPost, ch.serverSubscribe);
    const replies: unknown[] = [];
    ch.clientSubscribe((m) => replies.push(m));
    ch.clientPost({ kind: "request", id: "1", method: "nope", params: {} });
    ch.clientPost({ kind: "request", id: "2", method: "get-selection", params: { extra: 1 } });
    for (let i = 0; i < 400 && replies.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(replies).toEqual([
      { kind: "response", id: "1", ok: false, error: { code: "unknown_method", message: "No handler for nope" } },
      { kind: "response", id: "2", ok: false, error: { code: "bad_params", message: expect.any(String) } },
    ]);
    const client = createRpcClient(ch.clientPost, ch.clientSubscribe, { timeoutMs: 30 });
    await expect(client.callAsync("get-selection", {})).rejects.toMatchObject({ code: "timeout" });
    client.dispose();
  });

  it("recognises envelopes structurally", () => {
    expect(isEnvelope({ kind: "request", id: "1", method: "m", params: {} })).toBe(true);
    expect(isEnvelope({ kind: "response", id: "1", ok: false, error: { code: "c", message: "m" } })).toBe(true);
    expect(isEnvelope({ kind: "response", id: "1", ok: false })).toBe(false);
    expect(isEnvelope({ kind: "event" })).toBe(false);
    expect(isEnvelope("x")).toBe(false);
  });
});
