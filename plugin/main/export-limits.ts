import { DEFAULT_LIMITS } from "../../shared/engine/limits.js";

/** Raster limits of one PNG the plugin sends, derived from the Worker's decoder guard (`DEFAULT_LIMITS`). */
export interface ExportLimits {
  /** Longest side of one PNG, in exported pixels. */
  maxSide: number;
  /** Pixel area of one PNG. */
  maxArea: number;
  /** Total exported area of one frame above which a scale > 1 falls back to 1x. */
  maxFrameArea: number;
}

/**
 * Defaults: the decoder's side cap, and tiles at most the decoder's area cap — kept at
 * 6 MP (below its 8.29 MP) so a tile's decode stays small in the Worker's 128 MB isolate.
 */
export const EXPORT_LIMITS: ExportLimits = {
  maxSide: DEFAULT_LIMITS.maxSide,
  maxArea: Math.min(6_000_000, DEFAULT_LIMITS.maxPixels),
  maxFrameArea: 24_000_000,
};
