import type { ColorToken, TokenSet } from "../../../shared/contract/tokens.js";

/**
 * Applies the naming style from Settings to the colors the designer has not renamed.
 * `palette` names them by hue family and lightness (`color/blue-600`); `semantic` uses the
 * measured/Claude names from `original` (the extraction response), or keeps the current names
 * when no original is given. Names stay unique with a numeric suffix.
 */
export function applyNamingStyle(tokens: TokenSet, style: "semantic" | "palette", original?: readonly ColorToken[]): TokenSet {
  if (style === "semantic" && !original) return tokens;
  const originalName = new Map(original?.map((c) => [c.id, c.name]));
  const used = new Set(tokens.colors.filter((c) => c.namingSource === "user").map((c) => c.name));
  const colors = tokens.colors.map((c) => {
    if (c.namingSource === "user") return c;
    const base = style === "palette" ? `color/${c.palette}` : (originalName.get(c.id) ?? c.name);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { ...c, name };
  });
  return { ...tokens, colors };
}
