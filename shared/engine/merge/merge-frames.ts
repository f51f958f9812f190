import type { ColorRole, ColorToken, GradientToken, TokenSet } from "../../contract/tokens.js";
import { assignRoles, type RoleInput } from "../naming/assign-roles.js";
import { nameColors } from "../naming/name-colors.js";
import type { FrameMeasurement } from "../types.js";
import { mergeGradients } from "./merge-gradients.js";
import { poolColors, type PooledColor } from "./merge-colors.js";
import { colorId } from "./stable-id.js";
import { mergeSpacing } from "../measure/spacing/merge-spacing.js";

/** Options of mergeFrames. */
export interface MergeOptions {
  maxColors: number;
  /** Mode names; default: the frames' modes in order of appearance, else ["Default"]. */
  modes?: string[];
}

/** Roles kept first when maxColors trims, in this order. */
const ROLE_PRIORITY: ColorRole[] = ["background", "text", "primary", "surface", "border", "text-muted", "accent", "danger", "success", "warning"];

/**
 * Merges per-frame measurements into one token set with heuristic names.
 * - Modes: `options.modes`, else the frames' modes in order (with "Default" first when the first
 *   frame has none); frames without a mode, or with a mode not listed, belong to the first mode.
 * - Frames of the first mode (or without a mode) make the tokens; true duplicates (±1 per channel) are one.
 * - maxColors: role colors are kept first (in ROLE_PRIORITY order), then the others by coverage;
 *   the least-covered non-role colors are dropped.
 * - Frames of another mode fill `modeValues[mode]` of the token with the same role (roles computed
 *   on that mode's own colors); colors without a role match get no value for that mode.
 * - Spacing: the first mode's frames through mergeSpacing (spacing module); other modes add none.
 * Ids derive from values, names are unique; the same frames always give the same set.
 */
export function mergeFrames(measurements: FrameMeasurement[], options: MergeOptions): TokenSet {
  const modes = resolveModes(measurements, options.modes);
  const first = modes[0]!;
  const isBase = (m: FrameMeasurement): boolean => m.frame.mode === undefined || m.frame.mode === first || !modes.includes(m.frame.mode);
  const base = measurements.filter(isBase);
  const pooled = poolColors(base);
  const roles = assignRoles(pooled.map(toRoleInput(base)));
  const keep = pickKept(pooled, roles, options.maxColors);
  const kept = keep.map((i) => ({ p: pooled[i]!, role: roles[i]! }));
  const names = nameColors(kept.map(({ p, role }) => ({ hex: p.hex, role })));
  const totalPixels = base.reduce((s, m) => s + m.frame.width * m.frame.height, 0) || 1;
  const colors: ColorToken[] = kept.map(({ p, role }, i) => ({
    id: colorId(p.hex),
    hex: p.hex,
    name: names[i]!.name,
    role,
    palette: names[i]!.palette,
    coverage: Math.min(1, p.pixels / totalPixels),
    frames: p.frames.map((f) => ({ frame: f.frame, coverage: Math.min(1, f.pixels / f.total) })),
    usage: p.usage,
    ...(p.contrast.length ? { contrast: p.contrast } : {}),
    namingSource: "heuristic" as const,
  }));
  for (const mode of modes.slice(1)) fillModeValues(colors, measurements.filter((m) => m.frame.mode === mode), mode);
  const gradients: GradientToken[] = mergeGradients(base, totalPixels);
  const { spacing, baseUnit } = mergeSpacing(base.map((m) => ({ frameId: m.frame.id, spacing: m.spacing, baseUnit: m.baseUnit })));
  return { colors, spacing, gradients, baseUnit, modes };
}

function resolveModes(measurements: FrameMeasurement[], given?: string[]): string[] {
  if (given && given.length) return [...given];
  const seen: string[] = [];
  for (const m of measurements) if (m.frame.mode !== undefined && !seen.includes(m.frame.mode)) seen.push(m.frame.mode);
  // Frames without a mode beside frames with one: they are the default mode.
  if (seen.length && measurements[0]?.frame.mode === undefined && !seen.includes("Default")) seen.unshift("Default");
  return seen.length ? seen : ["Default"];
}

/** Role inputs of pooled colors; a frame's first measured color is its background (measureFrame's order). */
function toRoleInput(frames: FrameMeasurement[]): (p: PooledColor) => RoleInput {
  const total = frames.reduce((s, m) => s + m.frame.width * m.frame.height, 0) || 1;
  const backgrounds = frames.map((m) => m.colors[0]?.hex);
  const hosts = new Set(frames.flatMap((m) => m.colors.flatMap((c) => (c.contrast ?? []).map((k) => k.against))));
  return (p) => ({
    hostsText: hosts.has(p.hex) || p.merged.some((h) => hosts.has(h)),
    hex: p.hex,
    coverage: p.pixels / total,
    usage: p.usage,
    backgroundVotes: backgrounds.filter((h) => h !== undefined && (h === p.hex || p.merged.includes(h))).length,
  });
}

/** Indices of the pooled colors to keep, role colors first, in output order (role colors, then coverage). */
function pickKept(pooled: PooledColor[], roles: ColorRole[], maxColors: number): number[] {
  const byRole = ROLE_PRIORITY.flatMap((r) => roles.flatMap((role, i) => (role === r ? [i] : [])));
  const rest = pooled.map((_, i) => i).filter((i) => !byRole.includes(i));
  const chosen = new Set([...byRole, ...rest].slice(0, Math.max(0, maxColors)));
  // Output order: by coverage (pixels), then hex — stable across runs.
  return [...chosen].sort((a, b) => pooled[b]!.pixels - pooled[a]!.pixels || (pooled[a]!.hex < pooled[b]!.hex ? -1 : 1));
}

function fillModeValues(colors: ColorToken[], frames: FrameMeasurement[], mode: string): void {
  if (!frames.length) return;
  const pooled = poolColors(frames);
  const roles = assignRoles(pooled.map(toRoleInput(frames)));
  for (const token of colors) {
    if (token.role === "neutral" || token.role === "other") continue;
    const i = roles.indexOf(token.role);
    if (i >= 0) token.modeValues = { ...token.modeValues, [mode]: pooled[i]!.hex };
  }
}
