import type { TokenSet } from "../../../shared/contract/tokens.js";

/**
 * Applies the naming style from Settings. `semantic` keeps the names as measured/named;
 * `palette` names colors by hue family and lightness (`color/blue-600`), except names the designer edited.
 * Names stay unique with a numeric suffix.
 */
export function applyNamingStyle(tokens: TokenSet, style: "semantic" | "palette"): TokenSet {
  if (style === "semantic") return tokens;
  const used = new Set(tokens.colors.filter((c) => c.namingSource === "user").map((c) => c.name));
  const colors = tokens.colors.map((c) => {
    if (c.namingSource === "user") return c;
    const base = `color/${c.palette}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { ...c, name };
  });
  return { ...tokens, colors };
}
