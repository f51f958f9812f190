import { z } from "zod";
import { COLOR_ROLES, TOKEN_NAME_MAX_LENGTH, TOKEN_NAME_PATTERN } from "./token-rules.js";

/** Lowercase `#rrggbb`. Every measured color is reported this way. */
export const HexSchema = z.string().regex(/^#[0-9a-f]{6}$/, "expected lowercase #rrggbb");

/**
 * A token name: slash-separated path whose first segment is the type group,
 * e.g. `color/brand/primary`, `color/blue-600`, `spacing/md`.
 * Segments are lowercase kebab-case (`[a-z0-9][a-z0-9-]*`). The same path is the
 * Figma variable name; exporters derive `--color-brand-primary` etc. from it.
 */
export const TokenNameSchema = z
  .string()
  .min(1)
  .max(TOKEN_NAME_MAX_LENGTH)
  .regex(TOKEN_NAME_PATTERN, "expected slash path of kebab-case segments");

export const ColorRoleSchema = z.enum(COLOR_ROLES);

/** Where on the frame a color was seen. */
export const ColorUsageSchema = z.enum(["fill", "text", "border", "gradient"]);

export const SpacingContextSchema = z.enum(["gap", "padding", "inset", "margin"]);

/** Per-frame provenance: which frame a token came from and how much of it. */
export const FrameShareSchema = z.object({
  frame: z.string(),
  coverage: z.number().min(0).max(1),
});

export const ContrastSchema = z.object({
  against: HexSchema,
  ratio: z.number().min(1).max(21),
  aa: z.boolean(),
  aaa: z.boolean(),
});

export const NamingSourceSchema = z.enum(["claude", "heuristic", "imported", "user"]);

/** A color design token. `hex` is always measured, never invented by naming. */
export const ColorTokenSchema = z.object({
  /** Stable id derived from the measured value (same frames → same id). */
  id: z.string().min(1).max(64),
  hex: HexSchema,
  /** 0..1; omitted when opaque. */
  alpha: z.number().min(0).max(1).optional(),
  name: TokenNameSchema,
  role: ColorRoleSchema,
  /** Palette name: hue family + OKLCH lightness step, e.g. `blue-600`, `gray-50`. */
  palette: z.string().regex(/^[a-z]+-\d{2,3}$|^(white|black)$/),
  /** Share of all analysed pixels, 0..1. */
  coverage: z.number().min(0).max(1),
  frames: z.array(FrameShareSchema),
  usage: z.array(ColorUsageSchema),
  contrast: z.array(ContrastSchema).optional(),
  description: z.string().max(500).optional(),
  namingSource: NamingSourceSchema.optional(),
  /** Values in other modes, keyed by mode name (the first mode uses `hex`). */
  modeValues: z.record(z.string(), HexSchema).optional(),
});

/** A spacing design token, always at 1x. */
export const SpacingTokenSchema = z.object({
  id: z.string().min(1).max(64),
  px: z.number().positive().max(2000),
  name: TokenNameSchema,
  /** How many measurements fell on this value. */
  count: z.number().int().nonnegative(),
  contexts: z.array(z.object({ context: SpacingContextSchema, count: z.number().int().nonnegative() })),
  frames: z.array(z.string()),
  description: z.string().max(500).optional(),
  namingSource: NamingSourceSchema.optional(),
  modeValues: z.record(z.string(), z.number().positive()).optional(),
});

/** A gradient region, reported by its stops instead of as many color tokens. */
export const GradientTokenSchema = z.object({
  id: z.string().min(1).max(64),
  name: TokenNameSchema,
  stops: z.array(z.object({ hex: HexSchema, position: z.number().min(0).max(1) })).min(2),
  /** CSS angle in degrees (0 = to top, 90 = to right). */
  angle: z.number(),
  coverage: z.number().min(0).max(1),
  frames: z.array(z.string()),
});

/** Everything a sync or an exporter needs. */
export const TokenSetSchema = z.object({
  colors: z.array(ColorTokenSchema),
  spacing: z.array(SpacingTokenSchema),
  gradients: z.array(GradientTokenSchema).default([]),
  /** Inferred spacing base unit in px at 1x, null when no base fits. */
  baseUnit: z.number().positive().nullable().default(null),
  /** Mode names; the first is the default mode. */
  modes: z.array(z.string().min(1).max(60)).min(1).default(["Default"]),
});

export type Hex = z.infer<typeof HexSchema>;
export type TokenName = z.infer<typeof TokenNameSchema>;
export type ColorRole = z.infer<typeof ColorRoleSchema>;
export type ColorUsage = z.infer<typeof ColorUsageSchema>;
export type SpacingContext = z.infer<typeof SpacingContextSchema>;
export type Contrast = z.infer<typeof ContrastSchema>;
export type NamingSource = z.infer<typeof NamingSourceSchema>;
export type ColorToken = z.infer<typeof ColorTokenSchema>;
export type SpacingToken = z.infer<typeof SpacingTokenSchema>;
export type GradientToken = z.infer<typeof GradientTokenSchema>;
export type TokenSet = z.infer<typeof TokenSetSchema>;
