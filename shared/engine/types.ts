import type { ErrorCode } from "../contract/problem.js";
import type { ColorUsage, Contrast, Hex, SpacingContext } from "../contract/tokens.js";
import type { FrameReport } from "../contract/extract.js";

/**
 * Engine interface (pipeline: validate → decode → measure → name → merge).
 * Implementations live beside this file, one folder per stage:
 *   validate/  validatePng(bytes, limits?)            → PngHeader        (no inflate; throws EngineError)
 *   decode/    decodePng(bytes, limits?)              → RgbaImage        (budgeted inflate; throws EngineError)
 *   measure/   measureFrame(image, options)            → FrameMeasurement
 *   naming/    heuristic names + roles                  (deterministic)
 *   merge/     mergeFrames(measurements, options)      → TokenSet (heuristic names, stable ids)
 *   index.ts   re-exports the above + PIPELINE_VERSION + DEFAULT_LIMITS
 */

/** Limits applied before and during decoding. Defaults documented in the README. */
export interface PngLimits {
  /** Max width or height in px. */
  maxSide: number;
  /** Max width × height in px. */
  maxPixels: number;
  /** Max size of the PNG file in bytes. */
  maxBytes: number;
}

/** What IHDR declares, checked before any inflate. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  colorType: 0 | 2 | 3 | 4 | 6;
  interlaced: boolean;
  /** Exact number of inflated bytes the image data must produce (the inflate budget). */
  expectedRawBytes: number;
}

/** Decoded image: 8-bit RGBA, row-major, straight (not premultiplied) alpha. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A typed engine failure with a stable code and the HTTP status that fits it. */
export interface EngineErrorShape {
  code: ErrorCode;
  status: 413 | 415 | 422;
  message: string;
}

export interface MeasureOptions {
  frameId: string;
  name?: string;
  /** Export scale given by the caller; omitted → inferred only on strong evidence, else 1. */
  scale?: number;
  mode?: string;
  types?: ReadonlyArray<"color" | "spacing">;
}

/** One measured color of one frame. */
export interface MeasuredColor {
  hex: Hex;
  alpha?: number;
  /** Pixels of this exact color (after rejecting antialiasing), in the frame. */
  pixels: number;
  /** pixels / frame pixels. */
  coverage: number;
  usage: ColorUsage[];
  /** For text-ish colors: contrast against the backgrounds they sit on. */
  contrast?: Contrast[];
}

export interface MeasuredGradient {
  stops: { hex: Hex; position: number }[];
  angle: number;
  coverage: number;
}

/** One spacing value, at 1x. */
export interface MeasuredSpacing {
  px: number;
  count: number;
  contexts: { context: SpacingContext; count: number }[];
}

/** Everything measured on one frame. */
export interface FrameMeasurement {
  frame: FrameReport;
  colors: MeasuredColor[];
  gradients: MeasuredGradient[];
  spacing: MeasuredSpacing[];
  /** Inferred base unit at 1x, null when none fits. */
  baseUnit: number | null;
}
