import type { TokenName } from "../../contract/tokens.js";

/** `12.5` → `12-5`: a number as a kebab-case name segment. */
function segment(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", "-");
}

/**
 * Spacing token name on the inferred scale, as a multiple of the base unit (Tailwind-style):
 * base 4 → 4px `spacing/1`, 16px `spacing/4`, 6px `spacing/1-5`; values that are not a multiple of
 * half the base, and every value when there is no base, are named by their px: `spacing/13px`.
 * Deterministic, unique per px value, valid per TokenNameSchema.
 */
export function spacingName(px: number, baseUnit: number | null): TokenName {
  if (baseUnit && baseUnit > 0) {
    const m = px / baseUnit;
    if (Math.abs(m * 2 - Math.round(m * 2)) < 1e-9 && m > 0) return `spacing/${segment(m)}`;
  }
  return `spacing/${segment(px)}px`;
}

/** Stable id of a spacing token: its 1x value (`s-16`, `s-12-5`). */
export function spacingId(px: number): string {
  return `s-${segment(px)}`;
}
