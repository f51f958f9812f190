import type { ExtractResponse, ProgressEvent } from "../../../shared/contract/extract.js";
import type { RpcClient } from "../../../shared/protocol/rpc.js";
import type { ExportedFrame, Settings } from "../../../shared/protocol/endpoints.js";
import { extractStreamAsync, type FramePart } from "../backend/extract-stream.js";

/** Live state of one selected frame during an extraction. */
export interface FrameProgress {
  nodeId: string;
  name: string;
  stage: "exporting" | "uploading" | ProgressEvent["stage"] | "done";
  /** 0..1 */
  value: number;
}

const FRAME_STAGES: ProgressEvent["stage"][] = ["received", "validated", "decoded", "measured"];

/** Splits exported frames into upload parts; a tall frame exported as tiles becomes one part per tile. */
export function framesToParts(frames: ExportedFrame[]): { parts: FramePart[]; owner: number[] } {
  const parts: FramePart[] = [];
  const owner: number[] = [];
  frames.forEach((frame, index) => {
    frame.tiles.forEach((tile, t) => {
      const name = frame.tiles.length > 1 ? `${frame.name} (part ${t + 1} of ${frame.tiles.length})` : frame.name;
      parts.push({ png: tile.png, options: { name: name.slice(0, 200) || "Frame", scale: frame.scale, ...(frame.mode ? { mode: frame.mode } : {}) } });
      owner.push(index);
    });
  });
  return { parts, owner };
}

/** Applies one SSE progress event to the per-frame progress list (`owner` maps part index → frame index). */
export function applyProgress(list: FrameProgress[], event: ProgressEvent, owner: number[]): FrameProgress[] {
  if (event.frame === null) {
    if (event.stage === "naming" || event.stage === "merged") return list.map((f) => ({ ...f, stage: event.stage, value: event.stage === "merged" ? 1 : 0.9 }));
    return list;
  }
  const target = owner[event.frame];
  if (target === undefined) return list;
  const step = FRAME_STAGES.indexOf(event.stage);
  const value = step === -1 ? 0.85 : 0.2 + (0.65 * (step + 1)) / FRAME_STAGES.length;
  return list.map((f, i) => (i === target && value >= f.value ? { ...f, stage: event.stage, value } : f));
}

export interface ExtractFlowOptions {
  rpc: RpcClient;
  settings: Settings;
  ids: string[];
  modes: Record<string, string>;
  signal: AbortSignal;
  onFrames: (frames: ExportedFrame[]) => void;
  onProgress: (list: FrameProgress[]) => void;
  naming?: "auto" | "heuristic";
}

/** Exports the selected frames (with their trimmed modes) through the main thread and reports them. */
export async function exportSelectedFramesAsync(o: ExtractFlowOptions): Promise<ExportedFrame[]> {
  const modes: Record<string, string> = {};
  for (const id of o.ids) if (o.modes[id]?.trim()) modes[id] = o.modes[id].trim().slice(0, 60);
  const { frames } = await o.rpc.callAsync("export-frames", { scale: o.settings.exportScale, ids: o.ids, modes }, { timeoutMs: 120_000 });
  o.onFrames(frames);
  return frames;
}

/** Exports the selected frames through the main thread, then streams them through the backend. */
export async function runBackendExtractionAsync(o: ExtractFlowOptions): Promise<{ response: ExtractResponse; frames: ExportedFrame[] }> {
  const frames = await exportSelectedFramesAsync(o);
  let list: FrameProgress[] = frames.map((f) => ({ nodeId: f.nodeId, name: f.name, stage: "uploading", value: 0.1 }));
  o.onProgress(list);
  const { parts, owner } = framesToParts(frames);
  const response = await extractStreamAsync({
    backendUrl: o.settings.backendUrl,
    accessKey: o.settings.accessKey,
    clientId: o.settings.clientId,
    frames: parts,
    naming: o.naming,
    signal: o.signal,
    onProgress: (event) => o.onProgress((list = applyProgress(list, event, owner))),
  });
  o.onProgress(list.map((f) => ({ ...f, stage: "done", value: 1 })));
  return { response, frames };
}
