import type { ExportedFrame, Tile } from "../../shared/protocol/endpoints";
import { RpcError } from "../../shared/protocol/wire";
import { EXPORT_LIMITS, type ExportLimits } from "./export-limits";
import { planExport, type PlannedTile } from "./export-plan";
import type { FigmaApi, NodeLike } from "./figma-api";
import { isExportable } from "./selection";

/** Long edge of the UI thumbnail, in pixels (2x of what the UI shows). */
export const THUMBNAIL_EDGE = 240;

/** Options of one `export-frames` call. */
export interface ExportFramesOptions {
  scale: number;
  /** Node ids; default: the current selection's exportable nodes. */
  ids?: string[];
  /** Mode per node id (e.g. Light/Dark), passed through to the Worker request. */
  modes?: Record<string, string>;
}

const png = (constraint: ExportSettingsConstraints): ExportSettingsImage => ({ format: "PNG", constraint, colorProfile: "SRGB" });

function thumbnailSettings(node: NodeLike): ExportSettingsImage {
  const tall = node.height > node.width;
  const edge = Math.max(1, Math.min(THUMBNAIL_EDGE, Math.round(tall ? node.height : node.width)));
  return png({ type: tall ? "HEIGHT" : "WIDTH", value: edge });
}

async function exportTileAsync(figma: Pick<FigmaApi, "createSlice">, node: NodeLike, tile: PlannedTile, scale: number): Promise<Uint8Array> {
  const box = node.absoluteBoundingBox;
  if (!box) throw new RpcError("export_failed", `${node.name} has no position on the canvas to export a band from.`);
  const slice = figma.createSlice();
  try {
    slice.x = box.x;
    slice.y = box.y + tile.frameY;
    slice.resize(box.width, tile.frameHeight);
    return await slice.exportAsync(png({ type: "SCALE", value: scale }));
  } finally {
    slice.remove();
  }
}

/**
 * Exports one node as sRGB PNG at the planned scale: one tile when it fits the Worker's
 * limits, else horizontal bands exported through a temporary slice (removed afterwards).
 */
export async function exportFrameAsync(figma: Pick<FigmaApi, "createSlice">, node: NodeLike, scale: number, mode?: string, limits: ExportLimits = EXPORT_LIMITS): Promise<ExportedFrame> {
  const plan = planExport(node.width, node.height, scale, limits);
  const tiles: Tile[] = [];
  try {
    if (plan.tiles.length === 1) {
      const t = plan.tiles[0];
      tiles.push({ png: await node.exportAsync(png({ type: "SCALE", value: plan.scale })), x: t.x, y: t.y, width: t.width, height: t.height });
    } else {
      for (const t of plan.tiles) tiles.push({ png: await exportTileAsync(figma, node, t, plan.scale), x: t.x, y: t.y, width: t.width, height: t.height });
    }
    const thumbnail = await node.exportAsync(thumbnailSettings(node));
    const frame: ExportedFrame = { nodeId: node.id, name: node.name, scale: plan.scale, tiles, thumbnail, width: node.width, height: node.height };
    if (plan.scaleReduced) frame.scaleReduced = true;
    if (mode) frame.mode = mode;
    return frame;
  } catch (error) {
    if (error instanceof RpcError) throw error;
    throw new RpcError("export_failed", `Figma could not export ${node.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Exports the requested nodes (or the selection) one after another, in order. */
export async function exportFramesAsync(figma: Pick<FigmaApi, "createSlice" | "getNodeByIdAsync" | "currentPage">, options: ExportFramesOptions): Promise<ExportedFrame[]> {
  const nodes: NodeLike[] = [];
  if (options.ids) {
    for (const id of options.ids) {
      const node = (await figma.getNodeByIdAsync(id)) as NodeLike | null;
      if (!node) throw new RpcError("node_not_found", `The layer ${id} no longer exists. Select the frames again.`);
      if (!isExportable(node)) throw new RpcError("not_exportable", `${node.name} is a ${node.type}; select frames, components, instances, sections or groups.`);
      nodes.push(node);
    }
  } else {
    nodes.push(...figma.currentPage.selection.filter(isExportable));
  }
  if (nodes.length === 0) throw new RpcError("empty_selection", "Select at least one frame, component, instance, section or group.");
  const frames: ExportedFrame[] = [];
  for (const node of nodes) frames.push(await exportFrameAsync(figma, node, options.scale, options.modes?.[node.id]));
  return frames;
}

/** Small sRGB PNG previews of the given exportable nodes, for the frame list before extracting (missing nodes are skipped). */
export async function exportThumbnailsAsync(figma: Pick<FigmaApi, "getNodeByIdAsync">, ids: string[]): Promise<{ nodeId: string; png: Uint8Array }[]> {
  const out: { nodeId: string; png: Uint8Array }[] = [];
  for (const id of ids) {
    const node = (await figma.getNodeByIdAsync(id)) as NodeLike | null;
    if (!node || !isExportable(node)) continue;
    try {
      out.push({ nodeId: id, png: await node.exportAsync(thumbnailSettings(node)) });
    } catch {
      // A preview is optional: a node Figma can't rasterise just keeps its placeholder.
    }
  }
  return out;
}
