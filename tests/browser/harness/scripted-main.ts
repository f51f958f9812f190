import { readFileSync } from "node:fs";
import type { Handlers } from "../../../shared/protocol/serve-rpc.js";
import { emitEvent, serveRpcCore } from "../../../shared/protocol/serve-rpc.js";
import type { Envelope } from "../../../shared/protocol/wire.js";
import type { SavedExtraction, SelectedFrame, Settings } from "../../../shared/protocol/endpoints.js";
import type { MainSide } from "./open-plugin.js";

/** A corpus PNG as a selectable frame. */
export interface FixtureFrame {
  id: string;
  name: string;
  /** Path of the PNG exported at `scale`. */
  png: string;
  scale: number;
}

/** Width/height from a PNG's IHDR. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A scripted main thread for UI scenarios that don't involve Figma's Variables (selection, export,
 * settings, saved extraction), answering over the real shared RPC server core. Sync scenarios use
 * the real main thread (`startMain`) against the Figma fake instead.
 */
export function createScriptedMain(frames: FixtureFrame[], settings: Partial<Settings> = {}) {
  const toUi = new Set<(m: unknown) => void>();
  const toMain = new Set<(m: unknown) => void>();
  const post = (m: Envelope) => toUi.forEach((l) => l(m));
  const state = {
    settings: { backendUrl: "http://127.0.0.1:9", accessKey: "", exportScale: 2, namingStyle: "semantic", collectionName: "Copy That", clientId: "harness-client", ...settings } as Settings,
    saved: null as SavedExtraction | null,
    selection: frames,
    exported: [] as { scale: number; ids?: string[] }[],
  };
  const describe = (f: FixtureFrame): SelectedFrame => {
    const { width, height } = pngSize(readFileSync(f.png));
    return { id: f.id, name: f.name, type: "FRAME", width: width / f.scale, height: height / f.scale };
  };
  const handlers: Partial<Handlers> = {
    "get-selection": () => ({ frames: state.selection.map(describe) }),
    "export-frames": (p) => {
      state.exported.push({ scale: p.scale, ids: p.ids });
      return {
        frames: state.selection
          .filter((f) => !p.ids || p.ids.includes(f.id))
          .map((f) => {
            const png = new Uint8Array(readFileSync(f.png));
            const { width, height } = pngSize(png);
            return { nodeId: f.id, name: f.name, scale: f.scale, tiles: [{ png, x: 0, y: 0, width, height }], thumbnail: png, mode: p.modes?.[f.id] };
          }),
      };
    },
    "get-settings": () => state.settings,
    "set-settings": (p) => (state.settings = { ...state.settings, ...p }),
    "load-extraction": () => ({ saved: state.saved }),
    "save-extraction": (p) => ((state.saved = p), {}),
    "list-collections": () => ({ collections: [] }),
    notify: () => ({}),
    "resize-ui": () => ({}),
  };
  serveRpcCore(handlers, post, (l) => (toMain.add(l), () => void toMain.delete(l)));
  const side: MainSide = {
    sendToMain: (m) => toMain.forEach((l) => l(m)),
    onMessageFromMain: (l) => (toUi.add(l), () => void toUi.delete(l)),
  };
  const select = (next: FixtureFrame[]) => {
    state.selection = next;
    emitEvent(post, "selection-changed", { frames: next.map(describe) });
  };
  return { side, state, select };
}
