import { converter, formatHex, parse, type Color } from "culori";
import { componentsToHex } from "../values.js";
import { isRecord } from "./walk-dtcg.js";

const toRgb = converter("rgb");

/** DTCG 2025.10 color spaces → culori modes (component order matches). */
const SPACES: Record<string, string> = {
  "srgb-linear": "lrgb",
  "display-p3": "p3",
  "a98-rgb": "a98",
  "prophoto-rgb": "prophoto",
  rec2020: "rec2020",
  oklab: "oklab",
  oklch: "oklch",
  lab: "lab",
  lch: "lch",
  "xyz-d65": "xyz65",
  "xyz-d50": "xyz50",
};

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Parse a hex string (`#abc`, `#aabbcc`, `#aabbccdd`) or any CSS color culori knows. */
function fromString(s: string): { hex: string; alpha?: number } | null {
  const text = s.trim();
  const c = HEX.test(text) || !text.startsWith("#") ? parse(text) : undefined;
  if (!c) return null;
  return fromCulori(c);
}

function fromCulori(c: Color): { hex: string; alpha?: number } | null {
  const rgb = toRgb(c);
  if (!rgb || [rgb.r, rgb.g, rgb.b].some((v) => !Number.isFinite(v))) return null;
  const hex = formatHex(rgb);
  const alpha = rgb.alpha;
  return alpha === undefined || alpha >= 1 ? { hex } : { hex, alpha: Math.max(0, alpha) };
}

/**
 * A DTCG color value → `#rrggbb` + alpha. Accepts the 2025.10 object (`hex` wins when present and
 * valid; else sRGB components; else another color space through culori, gamut-clipped), and tolerates
 * hex or CSS color strings. Returns null when it is not a color.
 */
export function parseColor(value: unknown): { hex: string; alpha?: number } | null {
  if (typeof value === "string") return fromString(value);
  if (!isRecord(value)) return null;
  const alpha = typeof value.alpha === "number" && value.alpha >= 0 && value.alpha <= 1 && value.alpha < 1 ? value.alpha : undefined;
  const withAlpha = (hex: string): { hex: string; alpha?: number } => (alpha === undefined ? { hex } : { hex, alpha });
  if (typeof value.hex === "string" && /^#[0-9a-f]{6}$/i.test(value.hex)) return withAlpha(value.hex.toLowerCase());
  const comps = value.components;
  if (!Array.isArray(comps) || comps.length !== 3) return null;
  const nums = comps.map((c) => (c === "none" ? 0 : c));
  if (!nums.every((n): n is number => typeof n === "number" && Number.isFinite(n))) return null;
  const space = typeof value.colorSpace === "string" ? value.colorSpace : "srgb";
  if (space === "srgb") return withAlpha(componentsToHex(nums));
  if (space === "hsl" || space === "hwb") {
    const [h, a, b] = nums;
    const c = space === "hsl" ? { mode: "hsl" as const, h, s: a / 100, l: b / 100 } : { mode: "hwb" as const, h, w: a / 100, b: b / 100 };
    const parsed = fromCulori(c);
    return parsed ? withAlpha(parsed.hex) : null;
  }
  const mode = SPACES[space];
  if (!mode) return null;
  const keys: Record<string, [string, string, string]> = { lrgb: ["r", "g", "b"], p3: ["r", "g", "b"], a98: ["r", "g", "b"], prophoto: ["r", "g", "b"], rec2020: ["r", "g", "b"], oklab: ["l", "a", "b"], oklch: ["l", "c", "h"], lab: ["l", "a", "b"], lch: ["l", "c", "h"], xyz65: ["x", "y", "z"], xyz50: ["x", "y", "z"] };
  const [k1, k2, k3] = keys[mode];
  const parsed = fromCulori({ mode, [k1]: nums[0], [k2]: nums[1], [k3]: nums[2] } as unknown as Color);
  return parsed ? withAlpha(parsed.hex) : null;
}

/** A DTCG dimension → px. Accepts `{ value, unit: "px" | "rem" }`, legacy `"16px"` / `"1rem"` strings and bare numbers (px). */
export function parseDimensionPx(value: unknown, remBase: number): number | null {
  let amount: number;
  let unit: string;
  if (typeof value === "number") [amount, unit] = [value, "px"];
  else if (typeof value === "string") {
    const m = /^\s*(-?\d*\.?\d+)\s*(px|rem)?\s*$/.exec(value);
    if (!m) return null;
    [amount, unit] = [Number(m[1]), m[2] ?? "px"];
  } else if (isRecord(value) && typeof value.value === "number" && typeof value.unit === "string") [amount, unit] = [value.value, value.unit];
  else return null;
  if (!Number.isFinite(amount)) return null;
  if (unit === "px") return amount;
  if (unit === "rem") return Number((amount * remBase).toFixed(4));
  return null;
}
