import { RpcError } from "../../shared/protocol/wire";
import { EXPORT_LIMITS, type ExportLimits } from "./export-limits";

/** One band of the frame: where it sits in the exported image and in the frame (canvas units). */
export interface PlannedTile {
  /** Offset and size in exported pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Top of the band inside the frame and its height, in canvas units (1x). */
  frameY: number;
  frameHeight: number;
}

/** How one frame is exported: the scale actually used and the tiles (one when it fits). */
export interface ExportPlan {
  scale: number;
  /** True when the requested scale had to be lowered to stay within the limits. */
  scaleReduced: boolean;
  tiles: PlannedTile[];
}

/**
 * Picks the export scale and splits tall frames into horizontal bands.
 * Scale: the requested one if the width fits in `maxSide` and the whole frame stays under
 * `maxFrameArea`; else 1x (exact spacing is kept); else the largest scale whose width fits.
 * Bands are a whole number of canvas units high, so tile offsets stay exact at 1x.
 */
export function planExport(width: number, height: number, requestedScale: number, limits: ExportLimits = EXPORT_LIMITS): ExportPlan {
  if (!(width > 0 && height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
    throw new RpcError("empty_frame", `Nothing to export: the layer is ${width}×${height}.`);
  }
  const fits = (s: number) => Math.round(width * s) <= limits.maxSide && width * s * height * s <= limits.maxFrameArea;
  let scale = requestedScale;
  if (!fits(scale)) scale = Math.min(requestedScale, 1);
  if (Math.round(width * scale) > limits.maxSide) scale = Math.floor((limits.maxSide / width) * 1000) / 1000;
  const W = Math.max(1, Math.round(width * scale));
  const H = Math.max(1, Math.round(height * scale));
  const scaleReduced = scale !== requestedScale;
  if (H <= limits.maxSide && W * H <= limits.maxArea) {
    return { scale, scaleReduced, tiles: [{ x: 0, y: 0, width: W, height: H, frameY: 0, frameHeight: height }] };
  }
  const rowsPerTile = Math.min(limits.maxSide, Math.floor(limits.maxArea / W));
  const band = Math.max(1, Math.floor(rowsPerTile / scale));
  const tiles: PlannedTile[] = [];
  for (let top = 0; top < height; top += band) {
    const frameHeight = Math.min(band, height - top);
    const y = Math.round(top * scale);
    const bottom = Math.min(H, Math.round((top + frameHeight) * scale));
    if (bottom <= y) break;
    tiles.push({ x: 0, y, width: W, height: bottom - y, frameY: top, frameHeight });
  }
  return { scale, scaleReduced, tiles };
}
