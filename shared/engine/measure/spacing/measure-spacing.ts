import type { Hex } from "../../../contract/tokens.js";
import type { MeasuredSpacing, RgbaImage } from "../../types.js";
import { EngineError } from "../../errors.js";
import { collectEdges, collectGaps } from "./collect-gaps.js";
import { clusterGaps, selectSpacing } from "./cluster-spacing.js";
import { inferBase } from "./infer-base.js";
import { inferScale, type ScaleSource } from "./infer-scale.js";
import { xyCut } from "./xy-cut.js";
import { packHex, packedPixels, frameBackground } from "./pixels.js";
import { rowRepeats, type RowRepeats } from "./row-repeats.js";

export interface MeasureSpacingOptions {
  /** Export scale (1, 2, 3…). Omitted → inferred only on strong evidence, else 1. */
  scale?: number;
  /** Frame background; omitted → the most common color on the image border. */
  background?: Hex;
  /**
   * Row-repeat map of exactly these pixels (16-px blocks), when the caller already has one
   * (measureFrame takes it from the colors' tile pass); omitted → built here.
   */
  repeats?: RowRepeats;
}

export interface SpacingMeasurement {
  /** Scale values actually used, px at 1x, ascending. */
  spacing: MeasuredSpacing[];
  /** Inferred base unit at 1x, null when none fits. */
  baseUnit: number | null;
  scale: number;
  scaleSource: ScaleSource;
}

/** Node budget of the XY-cut: bounds the work on noise-like images. */
const NODE_BUDGET = 200_000;

/**
 * Measures the spacing of a UI frame: background-difference mask → recursive XY-cut into boxes,
 * shapes and text → distances between visible edges (sibling gaps, box padding, frame insets) →
 * divided by the export scale → clustered (±1 px) → base unit inferred → values snapped to the
 * base, one-off noise rejected. Text edges never measure spacing (line-height noise).
 * @throws EngineError `corrupt_data` when the pixel buffer does not match the size, `bad_options` for a bad scale.
 */
export function measureSpacing(image: RgbaImage, options: MeasureSpacingOptions = {}): SpacingMeasurement {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || data.length !== width * height * 4) {
    throw new EngineError("corrupt_data", `image data does not match ${width}×${height} RGBA`);
  }
  if (options.scale !== undefined && !(Number.isFinite(options.scale) && options.scale > 0 && options.scale <= 8)) {
    throw new EngineError("bad_options", `scale must be a number in (0, 8], got ${options.scale}`);
  }
  const px = packedPixels(data);
  const bg = options.background ? packHex(options.background) : frameBackground(px, width, height);
  const ctx = { px, width, height, unit: options.scale ?? 1, budget: NODE_BUDGET, repeats: options.repeats ?? rowRepeats(px, width, height) };
  const root = xyCut(ctx, 0, 0, width, height, bg, null);
  if (!root) return { spacing: [], baseUnit: null, scale: options.scale ?? 1, scaleSource: options.scale ? "given" : "default" };
  const raw = collectGaps(root, width, height);

  let scale = options.scale ?? 1;
  let scaleSource: ScaleSource = "given";
  if (options.scale === undefined) {
    const { edges, borders } = collectEdges(root, width, height);
    ({ scale, scaleSource } = inferScale(edges, raw.map((g) => g.px), borders));
  }
  const clusters = clusterGaps(raw.map((g) => ({ px: g.px / scale, context: g.context })));
  const supported = clusters.filter((c) => c.count >= 2);
  const baseUnit = inferBase(supported.length >= 2 ? supported : clusters);
  return { spacing: selectSpacing(clusters, baseUnit), baseUnit, scale, scaleSource };
}
