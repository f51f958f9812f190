/**
 * The DTCG 2025.10 rules that a JSON Schema cannot express, checked on a parsed document:
 * every token has a type (own or inherited from a group), every alias resolves to a token of the same
 * type, and every value matches its type. Returns human-readable violations (empty = valid).
 */
export function dtcgRuleViolations(doc: Record<string, unknown>): string[] {
  const tokens = new Map<string, { type: string | undefined; value: unknown }>();
  const walk = (node: Record<string, unknown>, path: string[], inherited: string | undefined): void => {
    const type = typeof node.$type === "string" ? node.$type : inherited;
    for (const [key, child] of Object.entries(node)) {
      if ((key.startsWith("$") && key !== "$root") || typeof child !== "object" || child === null || Array.isArray(child)) continue;
      const c = child as Record<string, unknown>;
      if ("$value" in c) tokens.set([...path, key].join("."), { type: typeof c.$type === "string" ? c.$type : type, value: c.$value });
      else walk(c, [...path, key], type);
    }
  };
  walk(doc, [], undefined);
  const errors: string[] = [];
  const aliasOf = (v: unknown): string | null => (typeof v === "string" && /^\{[^{}]+\}$/.test(v) ? v.slice(1, -1) : null);
  const isColor = (v: unknown): boolean => {
    if (typeof v !== "object" || v === null || !("colorSpace" in v) || !Array.isArray((v as { components?: unknown }).components)) return false;
    const { colorSpace, components } = v as { colorSpace: unknown; components: unknown[] };
    return components.length === 3 && (colorSpace !== "srgb" || components.every((c) => c === "none" || (typeof c === "number" && c >= 0 && c <= 1)));
  };
  for (const [path, { type, value }] of tokens) {
    if (!type) errors.push(`${path}: no $type`);
    const target = aliasOf(value);
    if (target !== null) {
      const t = tokens.get(target);
      if (!t) errors.push(`${path}: alias {${target}} does not resolve`);
      else if (t.type !== type) errors.push(`${path}: alias type ${t.type} ≠ ${type}`);
      continue;
    }
    if (type === "color" && !isColor(value)) errors.push(`${path}: color value is not a color object`);
    if (type === "dimension" && !(typeof value === "object" && value !== null && "unit" in value)) errors.push(`${path}: dimension value is not {value, unit}`);
    if (type === "gradient") {
      if (!Array.isArray(value)) errors.push(`${path}: gradient is not a list`);
      else
        for (const stop of value as { color: unknown }[]) {
          const a = aliasOf(stop.color);
          if (a !== null ? tokens.get(a)?.type !== "color" : !isColor(stop.color)) errors.push(`${path}: gradient stop color invalid`);
        }
    }
  }
  return errors;
}
