/** How the export scale was decided. */
export type ScaleSource = "given" | "inferred" | "default";

/**
 * Infers the export scale from box geometry, only on strong evidence: at least 12 box edges,
 * ≥ 95 % of them and every gap on multiples of s, and borders whose thinnest width is exactly s
 * (a 1x design almost always has 1px borders). Tries 3 then 2; otherwise 1 ("default").
 */
export function inferScale(edges: number[], gaps: number[], borders: number[]): { scale: number; scaleSource: ScaleSource } {
  if (edges.length >= 12 && borders.length >= 2) {
    const thinnest = Math.min(...borders);
    for (const s of [3, 2]) {
      if (thinnest !== s || borders.some((b) => b % s !== 0)) continue;
      const onGrid = edges.filter((e) => e % s === 0).length;
      if (onGrid >= 0.95 * edges.length && gaps.every((g) => g % s === 0)) return { scale: s, scaleSource: "inferred" };
    }
  }
  return { scale: 1, scaleSource: "default" };
}
