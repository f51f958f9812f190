import { createRpcClient, type RpcClient } from "../../../shared/protocol/rpc.js";

/**
 * The UI side of the typed RPC: requests go out as `parent.postMessage({ pluginMessage }, "*")`,
 * replies and events arrive as `event.data.pluginMessage`.
 */
export function connectRpc(win: Window = window): RpcClient {
  return createRpcClient(
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
