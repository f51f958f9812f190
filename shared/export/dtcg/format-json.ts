/**
 * JSON with 2-space indentation like `JSON.stringify(v, null, 2)`, but arrays and objects that fit on
 * one line within `width` columns are printed inline (`"components": [0.145098, 0.388235, 0.921569]`),
 * which keeps token files readable in review. Output parses back to the same value.
 */
export function formatJson(value: unknown, width = 100): string {
  return print(value, "", width, 0);
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function print(value: unknown, indent: string, width: number, prefix: number): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const one = inline(value);
  if (indent.length + prefix + one.length <= width) return one;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + print(v, inner, width, 0)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + print(v, inner, width, key.length);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}
