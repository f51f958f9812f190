import postcss from "postcss";
import { parse, formatHex8 } from "culori";

/** Custom properties per rule selector, in order; throws when a property is declared twice in one rule. */
export function customPropertiesBySelector(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  postcss.parse(css).walkRules((rule) => {
    const props = out.get(rule.selector) ?? new Map<string, string>();
    rule.each((node) => {
      if (node.type !== "decl" || !node.prop.startsWith("--")) return;
      if (props.has(node.prop)) throw new Error(`${node.prop} declared twice in ${rule.selector}`);
      props.set(node.prop, node.value);
    });
    out.set(rule.selector, props);
  });
  return out;
}

/** A CSS value normalised for comparison: colors → `#rrggbbaa`, everything else trimmed. */
export function normalizeValue(value: string): string {
  const v = value.trim();
  if (/^(#|rgb|hsl|oklch)/.test(v)) {
    const c = parse(v);
    if (c) return formatHex8(c);
  }
  return v;
}
