import type { TokenSet } from "../contract/tokens.js";
import { ExportError } from "./types.js";

const HEX = /^#[0-9a-f]{6}$/;
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * A zod-free check of everything the exporters write into output text: hex values, numbers, names,
 * modes. Stops a value like `#fff; } body {` from reaching CSS when the caller skipped schema
 * validation (`exportTokenSet`). Throws `ExportError` `invalid_tokens` with the offending path.
 */
export function checkTokenSet(tokens: TokenSet): void {
  const fail = (path: string, what: string): never => {
    throw new ExportError("invalid_tokens", `token set is invalid: ${what}`, path);
  };
  if (typeof tokens !== "object" || tokens === null) fail("", "not an object");
  if (!Array.isArray(tokens.colors) || !Array.isArray(tokens.spacing)) fail("", "colors and spacing must be arrays");
  if (tokens.modes !== undefined && (!Array.isArray(tokens.modes) || tokens.modes.length === 0 || !tokens.modes.every((m) => typeof m === "string" && m.length > 0))) fail("modes", "modes must be non-empty strings");
  for (const [i, c] of tokens.colors.entries()) {
    const at = `colors.${i}`;
    if (typeof c?.name !== "string" || typeof c.id !== "string") fail(at, "name and id must be strings");
    if (typeof c.hex !== "string" || !HEX.test(c.hex)) fail(`${at}.hex`, "expected lowercase #rrggbb");
    if (c.alpha !== undefined && (!isNum(c.alpha) || c.alpha < 0 || c.alpha > 1)) fail(`${at}.alpha`, "alpha must be 0..1");
    if (typeof c.palette !== "string") fail(`${at}.palette`, "palette must be a string");
    for (const [m, v] of Object.entries(c.modeValues ?? {})) if (typeof v !== "string" || !HEX.test(v)) fail(`${at}.modeValues.${m}`, "expected lowercase #rrggbb");
  }
  for (const [i, s] of tokens.spacing.entries()) {
    const at = `spacing.${i}`;
    if (typeof s?.name !== "string" || typeof s.id !== "string") fail(at, "name and id must be strings");
    if (!isNum(s.px) || s.px <= 0) fail(`${at}.px`, "px must be a positive number");
    for (const [m, v] of Object.entries(s.modeValues ?? {})) if (!isNum(v) || v <= 0) fail(`${at}.modeValues.${m}`, "px must be a positive number");
  }
  for (const [i, g] of (tokens.gradients ?? []).entries()) {
    const at = `gradients.${i}`;
    if (typeof g?.name !== "string" || typeof g.id !== "string") fail(at, "name and id must be strings");
    if (!isNum(g.angle)) fail(`${at}.angle`, "angle must be a number");
    if (!Array.isArray(g.stops) || g.stops.length < 2) fail(`${at}.stops`, "at least two stops");
    for (const [j, st] of g.stops.entries()) if (typeof st?.hex !== "string" || !HEX.test(st.hex) || !isNum(st.position)) fail(`${at}.stops.${j}`, "stop needs #rrggbb and a position");
  }
}
