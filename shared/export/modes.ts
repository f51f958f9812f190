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

/**
 * A mode's slug for selectors, keys and filenames: `Dark` → `dark`, `High contrast` → `high-contrast`,
 * `mode-N` when nothing is left; unique within the set (a later mode with a taken slug gets `-N`).
 */
export function modeSlug(modes: readonly string[], index: number): string {
  const base = (i: number): string => slugSegment(modes[i]) || `mode-${i + 1}`;
  const slug = base(index);
  for (let j = 0; j < index; j++) if (base(j) === slug) return `${slug}-${index + 1}`;
  return slug;
}

/** The selector for a non-default mode: `.dark,\n[data-theme="dark"]`. */
export function modeSelector(modes: readonly string[], index: number): string {
  const slug = modeSlug(modes, index);
  return `.${slug},\n[data-theme="${slug}"]`;
}

/** Text safe inside any comment we write (block, JSDoc or line comments): no comment terminator, one line. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, "* /").replace(/[\r\n\u2028\u2029]+/g, " ");
}
