import type { NamedTokenSet } from "../resolve-names.js";
import { kebabName, nameSegments } from "../names.js";

/** The key of a color value: hex + alpha (opaque = 1). */
export const colorKey = (hex: string, alpha: number | undefined): string => `${hex}/${alpha ?? 1}`;

/** Palette tokens (primitives) that semantic tokens alias, keyed by color value. */
export interface Palette {
  /** color value key → slash path of the palette token. */
  byValue: Map<string, string>;
  /** Palette tokens to emit (not already a semantic token), in emit order. */
  entries: { path: string; hex: string; alpha: number | undefined }[];
  /** Semantic token names that are themselves the palette token for their value (emitted once, no alias). */
  selfNamed: Set<string>;
}

/**
 * Build the palette from each color's `palette` field (`blue-600` → `color/blue/600`) for the default
 * mode's values. Same value → one palette token. A semantic token whose name already is the palette
 * path with the same value is that palette token (no duplicate path). A palette path taken by another
 * token gets `-2`, `-3`… Deterministic: values are visited by palette label, then hex, then alpha.
 */
export function buildPalette(set: NamedTokenSet): Palette {
  const taken = new Set<string>([...set.colors, ...set.spacing, ...set.gradients].map((t) => kebabName(t.name)));
  const semanticByKebab = new Map(set.colors.map((c) => [kebabName(c.name), c]));
  const values = new Map<string, { label: string; hex: string; alpha: number | undefined }>();
  for (const { token } of set.colors) {
    if (token.alpha !== undefined && token.alpha < 1) continue; // `color.black` must be opaque black: translucent colors stay literal
    const key = colorKey(token.hex, token.alpha);
    if (!values.has(key)) values.set(key, { label: token.palette, hex: token.hex, alpha: token.alpha });
  }
  const ordered = [...values.entries()].sort(([ka, a], [kb, b]) => (a.label < b.label ? -1 : a.label > b.label ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));

  const palette: Palette = { byValue: new Map(), entries: [], selfNamed: new Set() };
  const nextSuffix = new Map<string, number>(); // many values on one label stay linear
  for (const [key, { label, hex, alpha }] of ordered) {
    const base = nameSegments(["color", ...label.split("-")].join("/"));
    const self = semanticByKebab.get(base.join("-"));
    if (self && colorKey(self.token.hex, self.token.alpha) === key && !palette.selfNamed.has(self.name)) {
      palette.byValue.set(key, self.name);
      palette.selfNamed.add(self.name);
      continue;
    }
    let path = base.join("/");
    let n = nextSuffix.get(path) ?? 2;
    const first = path;
    while (taken.has(kebabName(path))) path = [...base.slice(0, -1), `${base[base.length - 1]}-${n++}`].join("/");
    nextSuffix.set(first, n);
    taken.add(kebabName(path));
    palette.byValue.set(key, path);
    palette.entries.push({ path, hex, alpha });
  }
  return palette;
}
