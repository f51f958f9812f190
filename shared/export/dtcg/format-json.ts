/**
 * JSON with 2-space indentation like `JSON.stringify(v, null, 2)`, but arrays and objects that fit on
 * one line within `width` columns are printed inline (`"components": [0.145098, 0.388235, 0.921569]`),
 * which keeps token files readable in review. Output parses back to the same value.
 */
export function formatJson(value: unknown, width = 100): string {
  return print(value, "", width, 0);
}

/** The one-line form of `value`, or null as soon as it would exceed `budget` characters. */
function inline(value: unknown, budget: number): string | null {
  if (Array.isArray(value)) {
    let out = "[";
    for (const [i, v] of value.entries()) {
      const part = inline(v, budget - out.length);
      if (part === null) return null;
      out += (i > 0 ? ", " : "") + part;
      if (out.length > budget) return null;
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    let out = "{ ";
    for (const [i, [k, v]] of entries.entries()) {
      const part = inline(v, budget - out.length);
      if (part === null) return null;
      out += `${i > 0 ? ", " : ""}${JSON.stringify(k)}: ${part}`;
      if (out.length > budget) return null;
    }
    return `${out} }`;
  }
  const text = JSON.stringify(value);
  return text.length > budget ? null : text;
}

function print(value: unknown, indent: string, width: number, prefix: number): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const one = inline(value, width - indent.length - prefix);
  if (one !== null && indent.length + prefix + one.length <= width) return one;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + print(v, inner, width, 0)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + print(v, inner, width, key.length);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
