import type { ExtractResponse } from "../../../shared/contract/extract.js";
import type { ExportedFrame } from "../../../shared/protocol/endpoints.js";
import { runExtractionAsync } from "../../../shared/pipeline/run-extraction.js";
import { BackendError } from "../backend/backend-error.js";
import { applyProgress, exportSelectedFramesAsync, framesToParts, type ExtractFlowOptions, type FrameProgress } from "./extract-flow.js";

/** `requestId` prefix marking a response measured in the plugin (so a restored extraction keeps its label). */
export const LOCAL_REQUEST_ID = "local";

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Measures the selected frames in the plugin UI itself with the shared pipeline (no backend,
 * heuristic names): for when the backend is unreachable. Same progress reporting and cancel as
 * the backend flow; between stages it yields so the progress can paint.
 */
export async function runLocalExtractionAsync(o: ExtractFlowOptions): Promise<{ response: ExtractResponse; frames: ExportedFrame[] }> {
  const frames = await exportSelectedFramesAsync(o);
  let list: FrameProgress[] = frames.map((f) => ({ nodeId: f.nodeId, name: f.name, stage: "received", value: 0.1 }));
  o.onProgress(list);
  const { parts, owner } = framesToParts(frames);
  await nextFrame();
  const response = await runExtractionAsync(
    parts.map((p) => ({ bytes: p.png, options: p.options })),
    { frames: parts.map((p) => p.options), types: ["color", "spacing"], maxColors: 32, naming: "heuristic" },
    {
      onProgress: async (event) => {
        if (o.signal.aborted) throw new BackendError("aborted", "Extraction cancelled.");
        o.onProgress((list = applyProgress(list, event, owner)));
        await nextFrame();
      },
    },
  );
  if (o.signal.aborted) throw new BackendError("aborted", "Extraction cancelled.");
  o.onProgress(list.map((f) => ({ ...f, stage: "done", value: 1 })));
  return { response: { ...response, requestId: `${LOCAL_REQUEST_ID}-${Date.now().toString(36)}` }, frames };
}
