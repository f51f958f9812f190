import { wcagContrast } from "../../color/spaces.js";
import type { ColorRole, ColorUsage, Hex } from "../../contract/tokens.js";
import { hueFamily, oklchOf } from "./palette-name.js";

/** What role assignment looks at for one color. */
export interface RoleInput {
  hex: Hex;
  coverage: number;
  usage: readonly ColorUsage[];
  /** In how many frames this color is the frame background (the most common border color). */
  backgroundVotes?: number;
  /** Some text color sits on this color (buttons, badges): a stronger brand signal than area. */
  hostsText?: boolean;
}

const STATUS: Record<string, "success" | "warning" | "danger"> = {
  green: "success",
  emerald: "success",
  lime: "success",
  amber: "warning",
  yellow: "warning",
  orange: "warning",
  red: "danger",
  rose: "danger",
};

/** Saturated enough to be a brand or status color: OKLCH chroma ≥ 0.1 and mid lightness. */
function isVivid(hex: Hex): boolean {
  const { l, c } = oklchOf(hex);
  return c >= 0.1 && l >= 0.35 && l <= 0.88;
}

/**
 * Heuristic roles (deterministic; input order is the tie-break):
 * background = the color most frames have along their border (backgroundVotes), else most-covered fill; surface = next neutral fill; border = most-covered neutral border;
 * text = neutral text color with the highest contrast on the background (among well-used ones),
 * text-muted = the next neutral text color; primary = vivid color with the best coverage × chroma² (mid lightness, text use and text on it weigh more); success / warning /
 * danger = vivid green / amber / red that is not primary; accent = next vivid color of another hue;
 * the rest neutral (gray) or other.
 */
export function assignRoles(colors: readonly RoleInput[]): ColorRole[] {
  const roles: ColorRole[] = colors.map((c) => (hueFamily(c.hex) === "gray" ? "neutral" : "other"));
  const order = colors.map((_, i) => i).sort((a, b) => colors[b]!.coverage - colors[a]!.coverage || a - b);
  const free = (i: number): boolean => roles[i] === "neutral" || roles[i] === "other";
  const has = (i: number, u: ColorUsage): boolean => colors[i]!.usage.includes(u);
  const gray = (i: number): boolean => hueFamily(colors[i]!.hex) === "gray";
  const pick = (role: ColorRole, ok: (i: number) => boolean): number => {
    const i = order.find((j) => free(j) && ok(j));
    if (i !== undefined) roles[i] = role;
    return i ?? -1;
  };
  // Background: the color most frames show along their border, else the most-covered fill.
  const votes = (i: number): number => colors[i]!.backgroundVotes ?? 0;
  const voted = order.filter((i) => votes(i) > 0).sort((a, b) => votes(b) - votes(a) || order.indexOf(a) - order.indexOf(b))[0];
  if (voted !== undefined) roles[voted] = "background";
  const bg = voted ?? pick("background", (i) => has(i, "fill"));
  const bgHex = bg >= 0 ? colors[bg]!.hex : ("#ffffff" as Hex);
  // Text: among neutral text colors with ≥ 20 % of the best-used one's coverage, the highest contrast.
  const texts = order.filter((i) => free(i) && has(i, "text") && gray(i));
  const maxText = texts.length ? colors[texts[0]!]!.coverage : 0;
  const strong = texts
    .filter((i) => colors[i]!.coverage >= 0.2 * maxText)
    .sort((a, b) => wcagContrast(colors[b]!.hex, bgHex) - wcagContrast(colors[a]!.hex, bgHex) || a - b);
  if (strong.length) roles[strong[0]!] = "text";
  const muted = texts.find((i) => free(i) && colors[i]!.coverage >= 0.05 * maxText);
  if (muted !== undefined && strong.length) roles[muted] = "text-muted";
  pick("surface", (i) => has(i, "fill") && gray(i) && colors[i]!.coverage >= 0.01);
  pick("border", (i) => has(i, "border") && gray(i));
  // Primary: the vivid color with the best coverage × chroma², mid-lightness and text use (links,
  // buttons) preferred over pale chart fills.
  const primaryScore = (i: number): number => {
    const { l, c } = oklchOf(colors[i]!.hex);
    return colors[i]!.coverage * c * c * (l >= 0.4 && l <= 0.65 ? 1 : 0.5) * (has(i, "text") ? 2 : 1) * (colors[i]!.hostsText ? 4 : 1);
  };
  const vivid = order.filter((i) => free(i) && isVivid(colors[i]!.hex)).sort((a, b) => primaryScore(b) - primaryScore(a) || a - b);
  const primary = vivid[0] ?? -1;
  if (primary >= 0) roles[primary] = "primary";
  const primaryFamily = primary >= 0 ? hueFamily(colors[primary]!.hex) : "";
  for (const status of ["success", "warning", "danger"] as const) {
    pick(status, (i) => isVivid(colors[i]!.hex) && STATUS[hueFamily(colors[i]!.hex)] === status);
  }
  pick("accent", (i) => isVivid(colors[i]!.hex) && hueFamily(colors[i]!.hex) !== primaryFamily);
  return roles;
}
