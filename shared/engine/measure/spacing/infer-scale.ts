/** How the export scale was decided. */
export type ScaleSource = "given" | "inferred" | "default";

const share = (xs: number[], s: number) => (xs.length ? xs.filter((x) => x % s === 0).length / xs.length : 0);

/**
 * Infers the export scale from box geometry, only on strong evidence. The telling sign is the
 * border width: a 1x design draws 1px borders, an s× export draws them s px wide (antialiased box
 * edges still read as 1px "borders" at any scale). Scale s (3, then 2) needs ≥ 4 border sides exactly
 * s px wide making ≥ 20 % of the border sides, ≥ 12 box edges with ≥ 80 % on multiples of s, and
 * ≥ 85 % of gaps on multiples of s. Otherwise 1 ("default"). A 1x design drawn only with 2px borders
 * on an even grid would read as 2x: pass the scale when it is known.
 */
export function inferScale(edges: number[], gaps: number[], borders: number[]): { scale: number; scaleSource: ScaleSource } {
  if (edges.length >= 12) {
    for (const s of [3, 2]) {
      const exact = borders.filter((b) => b === s).length;
      if (exact >= 4 && exact >= 0.2 * borders.length && share(edges, s) >= 0.8 && (gaps.length === 0 || share(gaps, s) >= 0.85)) return { scale: s, scaleSource: "inferred" };
    }
  }
  return { scale: 1, scaleSource: "default" };
}
