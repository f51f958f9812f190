import { z } from "zod";
import { ColorTokenSchema, GradientTokenSchema, SpacingTokenSchema } from "./tokens.js";

/** Per-frame options, in the order the frames are sent. */
export const FrameOptionsSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  /** Export scale the PNG was rendered at (spacing is reported at 1x). Omitted → inferred only on strong evidence, else 1. */
  scale: z.number().min(0.25).max(8).optional(),
  /** Mode the frame shows (e.g. "Light", "Dark"); frames of a second mode fill `modeValues`. */
  mode: z.string().min(1).max(60).optional(),
});

/** Options of one extraction (multipart `options` part, or query parameters for a raw PNG body). */
export const ExtractOptionsSchema = z
  .object({
    frames: z.array(FrameOptionsSchema).max(50).default([]),
    types: z.array(z.enum(["color", "spacing"])).min(1).default(["color", "spacing"]),
    maxColors: z.number().int().min(1).max(128).default(32),
    /** `auto`: Claude when configured, heuristic otherwise. `heuristic`: never call Claude. */
    naming: z.enum(["auto", "heuristic"]).default("auto"),
  })
  .strict();

export const FrameReportSchema = z.object({
  /** Stable frame id: first 16 hex chars of the SHA-256 of the PNG bytes. */
  id: z.string(),
  name: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  scale: z.number().positive(),
  scaleSource: z.enum(["given", "inferred", "default"]),
  /** Photo/illustration regions recognised and kept out of the palette. */
  photos: z.number().int().nonnegative(),
  mode: z.string().optional(),
});

export const NamingWarningCodeSchema = z.enum([
  "claude_not_configured",
  "claude_disabled",
  "claude_timeout",
  "claude_rate_limited",
  "claude_overloaded",
  "claude_error",
  "claude_invalid_output",
  "claude_budget_exhausted",
  "claude_circuit_open",
  "claude_partial",
]);

export const NamingSchema = z.object({
  source: z.enum(["claude", "heuristic"]),
  model: z.string().nullable(),
  warnings: z.array(z.object({ code: NamingWarningCodeSchema, message: z.string() })),
});

export const UsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  estimatedUsd: z.number().nonnegative(),
});

/** The extract response: what `POST /v1/extract` and `npm run extract -- --format json` return. */
export const ExtractResponseSchema = z.object({
  /** Pipeline version; part of the cache key. */
  version: z.string(),
  colors: z.array(ColorTokenSchema),
  spacing: z.array(SpacingTokenSchema),
  gradients: z.array(GradientTokenSchema),
  baseUnit: z.number().positive().nullable(),
  modes: z.array(z.string()).min(1),
  frames: z.array(FrameReportSchema),
  naming: NamingSchema,
  /** Null when Claude did not run (or on a cache hit: nothing was spent). */
  usage: UsageSchema.nullable(),
  cache: z.enum(["hit", "miss"]),
  requestId: z.string().optional(),
});

/** SSE progress event payload. */
export const ProgressEventSchema = z.object({
  stage: z.enum(["received", "validated", "decoded", "measured", "naming", "merged"]),
  /** 0-based frame index, or null for request-wide stages. */
  frame: z.number().int().nonnegative().nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export type FrameOptions = z.infer<typeof FrameOptionsSchema>;
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
export type ExtractOptionsInput = z.input<typeof ExtractOptionsSchema>;
export type FrameReport = z.infer<typeof FrameReportSchema>;
export type NamingWarningCode = z.infer<typeof NamingWarningCodeSchema>;
export type Naming = z.infer<typeof NamingSchema>;
export type Usage = z.infer<typeof UsageSchema>;
export type ExtractResponse = z.infer<typeof ExtractResponseSchema>;
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;
