import {
  ColorRoleSchema,
  ColorUsageSchema,
  ContrastSchema,
  FrameShareSchema,
  HexSchema,
  NamingSourceSchema,
  SpacingContextSchema,
  TokenNameSchema,
  TokenSetSchema,
  type ColorRole,
  type ColorToken,
  type GradientToken,
  type SpacingToken,
  type TokenSet,
} from "../../contract/tokens.js";
import { z } from "zod";
import { kebabName, nameSegments } from "../names.js";
import { ExportError } from "../types.js";
import { EXTENSION_KEY } from "./constants.js";
import { paletteLabel } from "./palette-label.js";
import { parseColor, parseDimensionPx } from "./parse-values.js";
import { aliasTarget, isRecord, resolveAlias, walkDtcg, type RawToken } from "./walk-dtcg.js";

/** A token the import left out, and why. */
export interface SkippedToken {
  path: string;
  reason: string;
}

/** Dimension groups that hold spacing (other dimensions — radius, font size — are not spacing tokens). */
const SPACING_GROUPS = new Set(["spacing", "space", "spacer", "spacers", "gap", "gaps", "padding", "margin", "inset", "layout"]);

const PaletteSchema = z.string().regex(/^[a-z]+-\d{2,3}$|^(white|black)$/);
const ModeHexSchema = z.record(z.string(), HexSchema);
const ModePxSchema = z.record(z.string(), z.number().positive());
// Built once: zod schemas are costly to construct, and the import reads several fields per token.
const ModesSchema = z.array(z.string().min(1).max(60)).min(1);
const PositiveSchema = z.number().positive();
const IdSchema = z.string().min(1).max(64);
const ShareSchema = z.number().min(0).max(1);
const FramesSchema = z.array(FrameShareSchema);
const UsagesSchema = z.array(ColorUsageSchema);
const ContrastsSchema = z.array(ContrastSchema);
const CountSchema = z.number().int().nonnegative();
const ContextsSchema = z.array(z.object({ context: SpacingContextSchema, count: z.number().int().nonnegative() }));
const FrameNamesSchema = z.array(z.string());
const AngleSchema = z.number();

const pick = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
};

function guessRole(name: string): ColorRole {
  const words = name.split(/[^a-z]+/);
  const has = (...w: string[]): boolean => w.some((x) => words.includes(x));
  if (has("muted", "subtle", "secondary") && has("text", "fg", "foreground")) return "text-muted";
  if (has("text", "fg", "foreground", "ink")) return "text";
  if (has("background", "bg", "canvas", "page")) return "background";
  if (has("surface", "card", "panel")) return "surface";
  if (has("border", "stroke", "outline", "divider")) return "border";
  if (has("primary", "brand")) return "primary";
  if (has("accent")) return "accent";
  if (has("success", "positive")) return "success";
  if (has("warning", "caution")) return "warning";
  if (has("danger", "error", "critical", "negative")) return "danger";
  if (has("neutral", "gray", "grey", "slate", "zinc")) return "neutral";
  return "other";
}

const idFor = (name: string): string => `imported-${kebabName(name)}`.slice(0, 64);

/**
 * Parse a DTCG 2025.10 file (tolerating hex-string colors and legacy `value`/`type` keys) into a token
 * set, reporting what it left out. Colors, spacing-like dimensions and gradients are imported; aliases
 * are resolved to values; our own `$extensions["dev.copythat"]` data (roles, provenance, modes) is
 * restored, so export → import is lossless; `mode` is the mode the file holds when it is one of ours. Throws `ExportError` `invalid_dtcg` / `dtcg_alias`.
 */
export function importDtcgDetailed(json: unknown): { tokens: TokenSet; skipped: SkippedToken[]; mode?: string } {
  let doc = json;
  if (typeof json === "string") {
    try {
      doc = JSON.parse(json);
    } catch (e) {
      throw new ExportError("invalid_dtcg", `not JSON: ${(e as Error).message}`);
    }
  }
  const { tokens: raw, rootExtensions } = walkDtcg(doc);
  const root = isRecord(rootExtensions[EXTENSION_KEY]) ? rootExtensions[EXTENSION_KEY] : {};
  const modes = pick(ModesSchema, root.modes) ?? ["Default"];
  const fileMode = typeof root.mode === "string" && modes.includes(root.mode) ? root.mode : modes[0];
  const remBase = typeof root.remBase === "number" && root.remBase > 0 ? root.remBase : 16;
  const byRef = new Map(raw.map((t) => [t.ref, t]));
  const skipped: SkippedToken[] = [];
  const usedNames = new Set<string>();
  const set: TokenSet = { colors: [], spacing: [], gradients: [], baseUnit: pick(PositiveSchema, root.baseUnit) ?? null, modes };

  const uniqueName = (t: RawToken, ours: Record<string, unknown>): string => {
    const preferred = pick(TokenNameSchema, ours.name) ?? nameSegments(t.path.join("/")).join("/");
    let name = preferred;
    for (let n = 2; usedNames.has(name); n++) name = `${preferred}-${n}`;
    usedNames.add(name);
    return name;
  };

  for (const t of raw) {
    const ours = isRecord(t.extensions[EXTENSION_KEY]) ? t.extensions[EXTENSION_KEY] : {};
    const path = t.ref;
    if (ours.palette === true) continue; // our palette primitive: the semantic tokens carry its value
    const target = resolveAlias(t, byRef);
    const type = t.type ?? target.type;
    if (type === "color") {
      const parsed = parseColor(target.value);
      if (!parsed) {
        skipped.push({ path, reason: "color value not understood" });
        continue;
      }
      const name = uniqueName(t, ours);
      const explicit = pick(ModeHexSchema, ours.modeValues);
      const modeValues = { ...explicit };
      // this file's value counts for its mode unless it is only the default-mode fallback of one of our tokens
      if (!explicit || fileMode === modes[0] || fileMode in explicit) modeValues[fileMode] = parsed.hex;
      const hex = modeValues[modes[0]] ?? parsed.hex;
      const others = Object.fromEntries(Object.entries(modeValues).filter(([m]) => m !== modes[0] && modes.includes(m)));
      const token: ColorToken = {
        id: pick(IdSchema, ours.id) ?? idFor(name),
        hex,
        name,
        role: pick(ColorRoleSchema, ours.role) ?? guessRole(name),
        palette: pick(PaletteSchema, ours.palette) ?? paletteLabel(hex),
        coverage: pick(ShareSchema, ours.coverage) ?? 0,
        frames: pick(FramesSchema, ours.frames) ?? [],
        usage: pick(UsagesSchema, ours.usage) ?? [],
        namingSource: pick(NamingSourceSchema, ours.namingSource) ?? "imported",
      };
      if (parsed.alpha !== undefined) token.alpha = parsed.alpha;
      const contrast = pick(ContrastsSchema, ours.contrast);
      if (contrast) token.contrast = contrast;
      if (t.description) token.description = t.description.slice(0, 500);
      if (Object.keys(others).length > 0) token.modeValues = others;
      set.colors.push(token);
    } else if (type === "dimension" || type === "spacing") {
      const px = parseDimensionPx(target.value, remBase);
      const ourPx = pick(PositiveSchema, ours.px);
      const exact = ourPx !== undefined && px !== null && Math.abs(ourPx - px) < 0.01 ? ourPx : px;
      const isSpacing = Object.keys(ours).length > 0 || type === "spacing" || SPACING_GROUPS.has(t.path[0]?.toLowerCase() ?? "");
      if (!isSpacing) {
        skipped.push({ path, reason: "dimension outside a spacing group" });
        continue;
      }
      if (exact === null || exact <= 0 || exact > 2000) {
        skipped.push({ path, reason: "spacing must be a px/rem dimension between 0 and 2000 px" });
        continue;
      }
      const name = uniqueName(t, ours);
      const explicit = pick(ModePxSchema, ours.modeValues);
      const modeValues = { ...explicit };
      if (!explicit || fileMode === modes[0] || fileMode in explicit) modeValues[fileMode] = exact;
      const others = Object.fromEntries(Object.entries(modeValues).filter(([m]) => m !== modes[0] && modes.includes(m)));
      const token: SpacingToken = {
        id: pick(IdSchema, ours.id) ?? idFor(name),
        px: modeValues[modes[0]] ?? exact,
        name,
        count: pick(CountSchema, ours.count) ?? 0,
        contexts: pick(ContextsSchema, ours.contexts) ?? [],
        frames: pick(FrameNamesSchema, ours.frames) ?? [],
        namingSource: pick(NamingSourceSchema, ours.namingSource) ?? "imported",
      };
      if (t.description) token.description = t.description.slice(0, 500);
      if (Object.keys(others).length > 0) token.modeValues = others;
      set.spacing.push(token);
    } else if (type === "gradient") {
      const stops = Array.isArray(target.value) ? target.value : [];
      const parsedStops = stops.map((s) => {
        if (!isRecord(s) || typeof s.position !== "number") return null;
        const ref = aliasTarget(s.color);
        const colorValue = ref ? resolveAlias({ ...t, value: s.color }, byRef).value : s.color;
        const c = parseColor(colorValue);
        return c ? { hex: c.hex, position: Math.min(1, Math.max(0, s.position)) } : null;
      });
      if (parsedStops.length < 2 || parsedStops.some((s) => s === null)) {
        skipped.push({ path, reason: "gradient needs at least two color stops with positions" });
        continue;
      }
      const name = uniqueName(t, ours);
      const token: GradientToken = {
        id: pick(IdSchema, ours.id) ?? idFor(name),
        name,
        stops: parsedStops as GradientToken["stops"],
        angle: pick(AngleSchema, ours.angle) ?? 180,
        coverage: pick(ShareSchema, ours.coverage) ?? 0,
        frames: pick(FrameNamesSchema, ours.frames) ?? [],
      };
      set.gradients.push(token);
    } else {
      skipped.push({ path, reason: type ? `type ${type} is not imported` : "no $type on the token or its groups" });
    }
  }
  const checked = TokenSetSchema.safeParse(set);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ExportError("invalid_dtcg", `imported tokens are invalid: ${issue.message}`, issue.path.join("."));
  }
  return { tokens: checked.data, skipped, ...(typeof root.mode === "string" && modes.includes(root.mode) ? { mode: root.mode } : {}) };
}

/** Parse a DTCG file into a token set (see `importDtcgDetailed`; this drops the skip report). */
export function importDtcg(json: unknown): TokenSet {
  return importDtcgDetailed(json).tokens;
}
