import type { ColorRole, Hex } from "../../contract/tokens.js";
import { paletteName } from "./palette-name.js";

/** Token name of the first color holding each role. Text is `text/default` so `color/text` stays a group. */
export const ROLE_NAMES: Partial<Record<ColorRole, string>> = {
  background: "color/background",
  surface: "color/surface",
  border: "color/border",
  text: "color/text/default",
  "text-muted": "color/text/muted",
  primary: "color/brand/primary",
  accent: "color/brand/accent",
  success: "color/success",
  warning: "color/warning",
  danger: "color/danger",
};

/**
 * Heuristic token names, unique within the set and deterministic: the first color of a role gets
 * the role name, every other color `color/<palette>` (`color/blue-600`), with `-2`, `-3`… on clashes.
 * `colors` must already be in a deterministic order.
 */
export function nameColors(colors: readonly { hex: Hex; role: ColorRole }[]): { name: string; palette: string }[] {
  const used = new Set<string>();
  const claim = (base: string): string => {
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
  const names: string[] = new Array<string>(colors.length);
  colors.forEach((c, i) => {
    const roleName = ROLE_NAMES[c.role];
    if (roleName && !used.has(roleName)) names[i] = claim(roleName);
  });
  return colors.map((c, i) => {
    const palette = paletteName(c.hex);
    return { palette, name: names[i] ?? claim(`color/${palette}`) };
  });
}
