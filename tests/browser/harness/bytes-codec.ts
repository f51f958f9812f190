/** Replaces every Uint8Array in a value with `{ __u8: base64 }` so it survives Playwright's JSON bridge. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __u8: Buffer.from(value).toString("base64") };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  return value;
}

/** The page-side inverse of `encodeBytes`, as source text for the harness page. */
export const DECODE_BYTES_SOURCE = `function decodeBytes(v) {
  if (Array.isArray(v)) return v.map(decodeBytes);
  if (v && typeof v === "object") {
    if (typeof v.__u8 === "string") { const s = atob(v.__u8); const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; }
    const o = {}; for (const k of Object.keys(v)) o[k] = decodeBytes(v[k]); return o;
  }
  return v;
}`;
