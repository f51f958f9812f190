import type { FrameReport } from "../../contract/extract.js";
import type { Hex } from "../../contract/tokens.js";
import { contrastAgainst } from "../contrast/contrast.js";
import type { FrameMeasurement, MeasuredColor, MeasuredGradient, MeasureOptions, RgbaImage } from "../types.js";
import { findBusyRegions } from "./busy-regions.js";
import { classifyRegion } from "./classify-region.js";
import { keyToHex } from "./color-table.js";
import { preparePixels } from "./prepare-pixels.js";
import { countTileChanges, scanFrame } from "./scan-frame.js";
import { measureSpacing } from "./spacing/measure-spacing.js";
import { selectColors, type Selection } from "./select-colors.js";

/** Busy regions smaller than this (px at 1x) are ignored rather than counted as photos. */
const MIN_PHOTO_AREA = 32 * 32;

/**
 * Measures one decoded frame: exact colors of flat regions with coverage and usage, gradients
 * (stops + angle), photo count, contrast of text colors; spacing via the spacing module, which
 * also infers the export scale when none is given (colors then use that scale for their thresholds).
 */
export function measureFrame(image: RgbaImage, options: MeasureOptions): FrameMeasurement {
  const types = options.types ?? ["color", "spacing"];
  const frame: FrameReport = {
    id: options.frameId,
    name: options.name ?? options.frameId,
    width: image.width,
    height: image.height,
    scale: options.scale ?? 1,
    scaleSource: options.scale !== undefined ? "given" : "default",
    photos: 0,
    ...(options.mode !== undefined ? { mode: options.mode } : {}),
  };
  const result: FrameMeasurement = { frame, colors: [], gradients: [], spacing: [], baseUnit: null };
  if (types.includes("spacing")) {
    const sp = measureSpacing(image, options.scale !== undefined ? { scale: options.scale } : {});
    result.spacing = sp.spacing;
    result.baseUnit = sp.baseUnit;
    frame.scale = sp.scale;
    frame.scaleSource = sp.scaleSource;
  }
  if (types.includes("color")) measureColors(image, frame.scale, result);
  return result;
}

function measureColors(image: RgbaImage, scale: number, out: FrameMeasurement): void {
  const opaque = preparePixels(image);
  const tiles = countTileChanges(opaque);
  const { regions, mask } = findBusyRegions({ ...opaque, ...tiles });
  const gradients: MeasuredGradient[] = [];
  let photos = 0;
  for (const region of regions) {
    const kind = classifyRegion({ ...opaque, ...tiles }, region, scale);
    if (kind.kind === "gradient") gradients.push(kind.gradient);
    if (kind.kind === "gradient" && kind.containsPhoto) photos++;
    if (kind.kind === "photo" && kind.pixels >= MIN_PHOTO_AREA * scale * scale) photos++;
  }
  const p = scanFrame(opaque, tiles, mask);
  const sel = selectColors(p, mask, scale, regions.filter((r) => r.tiles.length >= 4).map((r) => r.box));
  for (const g of sel.gradients) if (!gradients.some((known) => sameGradient(known, g))) gradients.push(g);
  const n = image.width * image.height;
  const colors: MeasuredColor[] = sel.colors.map((s) => ({
    hex: keyToHex(s.key) as Hex,
    pixels: s.pixels,
    coverage: s.pixels / n,
    usage: s.usage,
  }));
  attachContrast(colors, sel, keyToHex(p.backgroundKey) as Hex);
  colors.sort((a, b) => b.pixels - a.pixels || (a.hex < b.hex ? -1 : 1));
  out.colors = colors;
  out.gradients = gradients.sort((a, b) => b.coverage - a.coverage);
  out.frame.photos = photos;
}

/** Text colors get contrast against the fills they touch (through AA), else the frame background. */
function attachContrast(colors: MeasuredColor[], sel: Selection, background: Hex): void {
  const k = sel.adjacency.k;
  colors.forEach((color, i) => {
    if (!color.usage.includes("text")) return;
    const r = sel.colors[i]!.rank;
    const fills = sel.colors
      .map((s, j) => ({ j, n: sel.adjacency.counts[r * k + s.rank]! }))
      .filter(({ j, n }) => j !== i && n > 0 && colors[j]!.usage.includes("fill"))
      .sort((a, b) => b.n - a.n);
    const top = fills[0]?.n ?? 0;
    const against = fills.filter((f) => f.n >= top * 0.1).slice(0, 3).map((f) => colors[f.j]!.hex);
    if (against.length === 0 && background !== color.hex) against.push(background);
    if (against.length) color.contrast = against.map((bg) => contrastAgainst(color.hex, bg));
  });
}

/**
 * Same gradient seen twice (busy-region fit and band chain): endpoints within 12 units either way,
 * or every stop of `b` within 16 units of `a`'s stop polyline (b saw only part of a).
 */
function sameGradient(a: MeasuredGradient, b: MeasuredGradient): boolean {
  const rgb = (h: Hex): [number, number, number] => {
    const v = parseInt(h.slice(1), 16);
    return [v >> 16, (v >> 8) & 255, v & 255];
  };
  const onPolyline = (h: Hex): boolean => {
    const c = rgb(h);
    for (let i = 0; i + 1 < a.stops.length; i++) {
      const p = rgb(a.stops[i]!.hex);
      const q = rgb(a.stops[i + 1]!.hex);
      const d = [q[0] - p[0], q[1] - p[1], q[2] - p[2]];
      const len2 = d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2 || 1;
      const t = Math.max(0, Math.min(1, ((c[0] - p[0]) * d[0]! + (c[1] - p[1]) * d[1]! + (c[2] - p[2]) * d[2]!) / len2));
      if (Math.hypot(c[0] - p[0] - t * d[0]!, c[1] - p[1] - t * d[1]!, c[2] - p[2] - t * d[2]!) <= 16) return true;
    }
    return false;
  };
  if (b.stops.every((s) => onPolyline(s.hex))) return true;
  const near = (x: Hex, y: Hex): boolean => {
    const dx = parseInt(x.slice(1), 16);
    const dy = parseInt(y.slice(1), 16);
    return Math.hypot((dx >> 16) - (dy >> 16), ((dx >> 8) & 255) - ((dy >> 8) & 255), (dx & 255) - (dy & 255)) <= 12;
  };
  const [a0, a1] = [a.stops[0]!.hex, a.stops[a.stops.length - 1]!.hex];
  const [b0, b1] = [b.stops[0]!.hex, b.stops[b.stops.length - 1]!.hex];
  return (near(a0, b0) && near(a1, b1)) || (near(a0, b1) && near(a1, b0));
}
