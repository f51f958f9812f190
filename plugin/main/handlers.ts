import type { Handlers } from "../../shared/protocol/serve-rpc";
import { applySyncAsync, planSyncAsync } from "./apply-sync";
import { exportFramesAsync, exportThumbnailsAsync } from "./export-frames";
import { exportVariablesAsync } from "./export-variables";
import { loadExtraction, saveExtraction } from "./extraction-store";
import type { FigmaApi } from "./figma-api";
import { toPreview } from "./plan-sync";
import { describeSelection } from "./selection";
import { getSettingsAsync, setSettingsAsync } from "./settings";

/** Every UI → main endpoint, bound to one `figma`. */
export function createHandlers(figma: FigmaApi): Handlers {
  return {
    "get-selection": () => describeSelection(figma.currentPage.selection),
    "export-frames": async (p) => ({ frames: await exportFramesAsync(figma, p) }),
    "get-thumbnails": async (p) => ({ thumbnails: await exportThumbnailsAsync(figma, p.ids) }),
    "list-collections": async () => {
      const collections = await figma.variables.getLocalVariableCollectionsAsync();
      return { collections: collections.map((c) => ({ id: c.id, name: c.name, modes: c.modes.map((m) => ({ modeId: m.modeId, name: m.name })), variableCount: c.variableIds.length })) };
    },
    "preview-sync": async (p) => toPreview(await planSyncAsync(figma, p), p.collectionName),
    "apply-sync": (p) => applySyncAsync(figma, p),
    "export-variables": (p) => exportVariablesAsync(figma, p.collectionId),
    "get-settings": () => getSettingsAsync(figma),
    "set-settings": (p) => setSettingsAsync(figma, p),
    "load-extraction": () => ({ saved: loadExtraction(figma) }),
    "save-extraction": (p) => (saveExtraction(figma, p), {}),
    notify: (p) => (figma.notify(p.message, p.error ? { error: true } : undefined), {}),
    "resize-ui": (p) => (figma.ui.resize(p.width, p.height), {}),
  };
}
