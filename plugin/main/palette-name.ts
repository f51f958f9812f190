/**
 * Palette name of a color — hue family + OKLCH lightness step (`blue-600`, `gray-50`,
 * `white`, `black`) — matching the contract's `palette` pattern. Used for imported variables.
 */
export function paletteName(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  const r = lin((n >> 16) & 255);
  const g = lin((n >> 8) & 255);
  const b = lin(n & 255);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const chroma = Math.sqrt(A * A + B * B);
  if (chroma < 0.02 && L > 0.985) return "white";
  if (chroma < 0.02 && L < 0.05) return "black";
  let step = STEPS[0];
  for (const candidate of STEPS) if (Math.abs(candidate[1] - L) < Math.abs(step[1] - L)) step = candidate;
  return `${chroma < 0.04 ? "gray" : hueFamily((Math.atan2(B, A) * 180) / Math.PI)}-${step[0]}`;
}

/** Lightness steps and their OKLCH L, as in Tailwind's gray scale (50 lightest … 950 darkest). */
const STEPS: [number, number][] = [
  [50, 0.985], [100, 0.967], [200, 0.928], [300, 0.872], [400, 0.707], [500, 0.551], [600, 0.446], [700, 0.373], [800, 0.278], [900, 0.21], [950, 0.13],
];

/** OKLCH hue (degrees) → family name. */
function hueFamily(hue: number): string {
  const h = (hue + 360) % 360;
  const families: [number, string][] = [
    [20, "rose"], [45, "red"], [70, "orange"], [90, "amber"], [110, "yellow"], [135, "lime"], [165, "green"],
    [195, "teal"], [225, "cyan"], [270, "blue"], [285, "indigo"], [300, "violet"], [335, "purple"], [360, "pink"],
  ];
  for (const [limit, name] of families) if (h < limit) return name;
  return "pink";
}
