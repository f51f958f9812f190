import type { ColorToken, SpacingToken } from "../contract/tokens.js";
import { slugSegment } from "./names.js";

/** The color hex in a mode: the first mode is `hex`; others fall back to `hex` when not set. */
export function colorInMode(token: ColorToken, mode: string, modes: readonly string[]): string {
  return mode === modes[0] ? token.hex : (token.modeValues?.[mode] ?? token.hex);
}

/** The spacing px in a mode: the first mode is `px`; others fall back to `px` when not set. */
export function spacingInMode(token: SpacingToken, mode: string, modes: readonly string[]): number {
  return mode === modes[0] ? token.px : (token.modeValues?.[mode] ?? token.px);
}

/** A mode's slug for selectors and filenames: `Dark` → `dark`, `High contrast` → `high-contrast`; `mode-N` if empty. */
export function modeSlug(mode: string, index: number): string {
  return slugSegment(mode) || `mode-${index + 1}`;
}

/** The selector for a non-default mode: `.dark, [data-theme="dark"]`. */
export function modeSelector(mode: string, index: number): string {
  const slug = modeSlug(mode, index);
  return `.${slug},\n[data-theme="${slug}"]`;
}
