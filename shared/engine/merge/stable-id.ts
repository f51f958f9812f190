/** 32-bit FNV-1a of a string, as 8 hex chars. Deterministic ids from values. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Id of a color token: its measured value (`c-2563eb`, `c-2563eb-80` with alpha). */
export function colorId(hex: string, alpha?: number): string {
  const base = `c-${hex.slice(1)}`;
  return alpha === undefined ? base : `${base}-${Math.round(alpha * 255).toString(16).padStart(2, "0")}`;
}

/** Id of a gradient token: hash of its stops and angle. */
export function gradientId(stops: { hex: string; position: number }[], angle: number): string {
  return `g-${fnv1a(`${angle}|${stops.map((s) => `${s.hex}@${s.position}`).join(",")}`)}`;
}
