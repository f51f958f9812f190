/**
 * Raster limits of one PNG the Worker accepts. ENGINE-A's `DEFAULT_LIMITS` in
 * `shared/engine/limits.ts` was not in the tree when this was written: these mirror the
 * values the brief gives (max side 8000 px, max area 6,000,000 px).
 */
export interface ExportLimits {
  /** Longest side of one PNG, in exported pixels. */
  maxSide: number;
  /** Pixel area of one PNG. */
  maxArea: number;
  /** Total exported area of one frame above which a scale > 1 falls back to 1x. */
  maxFrameArea: number;
}

/** Defaults matching the Worker's decoder guard. */
export const EXPORT_LIMITS: ExportLimits = { maxSide: 8000, maxArea: 6_000_000, maxFrameArea: 24_000_000 };
