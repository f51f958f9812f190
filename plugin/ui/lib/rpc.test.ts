import { describe, expect, it } from "vitest";
import { emitEvent, serveRpcCore } from "../../../shared/protocol/serve-rpc.js";
import { RpcError, type Envelope } from "../../../shared/protocol/wire.js";
import { createUiRpcClient } from "./rpc.js";

/** Two in-memory ends of a channel: what the UI posts reaches the server and vice versa. */
function channel() {
  const toMain = new Set<(m: unknown) => void>();
  const toUi = new Set<(m: unknown) => void>();
  const sub = (set: Set<(m: unknown) => void>) => (l: (m: unknown) => void) => (set.add(l), () => void set.delete(l));
  return {
    uiPost: (m: Envelope) => queueMicrotask(() => toMain.forEach((l) => l(structuredClone(m)))),
    mainPost: (m: Envelope) => queueMicrotask(() => toUi.forEach((l) => l(structuredClone(m)))),
    uiSubscribe: sub(toUi),
    mainSubscribe: sub(toMain),
  };
}

describe("createUiRpcClient against serveRpcCore", () => {
  it("resolves results, rejects handler errors with their code, and delivers events", async () => {
    const c = channel();
    serveRpcCore(
      {
        "get-selection": () => ({ frames: [{ id: "1:2", name: "Hero", type: "FRAME", width: 10, height: 20 }] }),
        "list-collections": () => {
          throw new RpcError("no_access", "nope");
        },
      },
      c.mainPost,
      c.mainSubscribe,
    );
    const client = createUiRpcClient(c.uiPost, c.uiSubscribe);
    await expect(client.callAsync("get-selection", {})).resolves.toEqual({ frames: [{ id: "1:2", name: "Hero", type: "FRAME", width: 10, height: 20 }] });
    await expect(client.callAsync("list-collections", {})).rejects.toMatchObject({ code: "no_access", message: "nope" });
    await expect(client.callAsync("get-settings", {})).rejects.toMatchObject({ code: "unknown_method" });
    const seen: unknown[] = [];
    client.on("selection-changed", (p) => seen.push(p));
    emitEvent(c.mainPost, "selection-changed", { frames: [] });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([{ frames: [] }]);
  });
  it("times out a call nobody answers and rejects pending calls on dispose", async () => {
    const c = channel();
    const client = createUiRpcClient(c.uiPost, c.uiSubscribe, { timeoutMs: 30 });
    await expect(client.callAsync("get-settings", {})).rejects.toMatchObject({ code: "timeout" });
    const pending = client.callAsync("get-settings", {}, { timeoutMs: 5_000 });
    client.dispose();
    await expect(pending).rejects.toMatchObject({ code: "disposed" });
  });
});
