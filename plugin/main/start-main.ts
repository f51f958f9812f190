import { emitEvent, serveRpcCore } from "../../shared/protocol/serve-rpc";
import type { Envelope } from "../../shared/protocol/wire";
import { checkParams } from "./check-params";
import type { FigmaApi } from "./figma-api";
import { createHandlers } from "./handlers";
import { describeSelection } from "./selection";

/**
 * Starts the main thread against an injected `figma` (the real global in `index.ts`, the fake
 * in tests): serves the UI's RPC calls and pushes `selection-changed` on every selection or page change.
 * Returns a function that stops both.
 */
export function startMain(figma: FigmaApi): () => void {
  const post = (message: Envelope) => figma.ui.postMessage(message);
  const subscribe = (listener: (message: unknown) => void) => {
    figma.ui.on("message", listener);
    return () => figma.ui.off("message", listener);
  };
  const stopRpc = serveRpcCore(createHandlers(figma), post, subscribe, checkParams);
  const onSelection = () => emitEvent(post, "selection-changed", describeSelection(figma.currentPage.selection));
  // A page switch changes the selection too (each page keeps its own).
  figma.on("selectionchange", onSelection);
  figma.on("currentpagechange", onSelection);
  return () => {
    stopRpc();
    figma.off("selectionchange", onSelection);
    figma.off("currentpagechange", onSelection);
  };
}
