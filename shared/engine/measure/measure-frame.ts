import type { FrameReport } from "../../contract/extract.js";
import type { Hex } from "../../contract/tokens.js";
import { contrastAgainst } from "../contrast/contrast.js";
import type { FrameMeasurement, MeasuredColor, MeasuredGradient, MeasureOptions, RgbaImage } from "../types.js";
import { findBusyRegions, type BusyRegion } from "./busy-regions.js";
import { classifyRegion } from "./classify-region.js";
import { keyToHex } from "./color-table.js";
import { compositePixels, viewPixels, type OpaquePixels } from "./prepare-pixels.js";
import { gradientSpan, gradientWithin } from "./gradient-geometry.js";
import { countTileChanges, scanFrame, type TileChanges } from "./scan-frame.js";
import { measureSpacing, type MeasureSpacingOptions } from "./spacing/measure-spacing.js";
import { selectColors, type GradientArea, type Selection } from "./select-colors.js";

/** Busy regions smaller than this (px at 1x) are ignored rather than counted as photos. */
const MIN_PHOTO_AREA = 32 * 32;

/**
 * Measures one decoded frame: exact colors of flat regions with coverage and usage (the frame
 * background — most common border color — first when it is kept, then by pixels), gradients
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
  const wantColor = types.includes("color");
  // The colors' pre-pass runs first: its per-tile row repeats (of the raw pixels) also serve spacing.
  const prepared = wantColor && wellFormed(image) ? preparePixels(image) : null;
  if (types.includes("spacing")) {
    const spOptions: MeasureSpacingOptions = {};
    if (options.scale !== undefined) spOptions.scale = options.scale;
    if (prepared) spOptions.repeats = { blocksX: prepared.raw.tilesX, same: prepared.raw.blockSame };
    const sp = measureSpacing(image, spOptions);
    result.spacing = sp.spacing;
    result.baseUnit = sp.baseUnit;
    frame.scale = sp.scale;
    frame.scaleSource = sp.scaleSource;
  }
  if (wantColor) measureColors(prepared ?? preparePixels(image), frame.scale, result);
  return result;
}

/** Opaque pixels (composited when needed) with their tile statistics, and the tile statistics of the raw pixels. */
interface PreparedPixels {
  opaque: OpaquePixels;
  tiles: TileChanges;
  raw: TileChanges;
}

function preparePixels(image: RgbaImage): PreparedPixels {
  const view = viewPixels(image);
  const raw = countTileChanges(view);
  if (!raw.sawAlpha) return { opaque: view, tiles: raw, raw };
  const opaque = compositePixels(image);
  return { opaque, tiles: countTileChanges(opaque), raw };
}

/** Positive integer size matching the RGBA buffer (else measureSpacing reports the corrupt data). */
function wellFormed(image: RgbaImage): boolean {
  const { width: w, height: h } = image;
  return Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0 && image.data.length === w * h * 4;
}

function measureColors(prepared: PreparedPixels, scale: number, out: FrameMeasurement): void {
  const { opaque, tiles } = prepared;
  const n = opaque.width * opaque.height;
  const pixelTiles = withTiles(opaque, tiles);
  const { regions, mask } = findBusyRegions(pixelTiles);
  const gradients: MeasuredGradient[] = [];
  const gradientAreas: GradientArea[] = [];
  const excluded: BusyRegion[] = [];
  const smoothTiles = new Uint8Array(mask.length);
  let photos = 0;
  for (const region of regions) {
    const kind = classifyRegion(pixelTiles, region, scale);
    // Shadows and glows are scanned like the rest (a card's border sits in them); the blend test
    // rejects their ramp. Photos and gradients stay out of the color evidence.
    if (kind.kind === "smooth") {
      for (const t of region.tiles) {
        mask[t] = 0;
        smoothTiles[t] = 1;
      }
      continue;
    }
    excluded.push(region);
    if (kind.kind === "gradient") {
      gradients.push(kind.gradient);
      gradientAreas.push({ box: region.box, gradient: kind.gradient });
    }
    if (kind.kind === "gradient" && kind.containsPhoto) photos++;
    if (kind.kind === "photo" && kind.pixels >= MIN_PHOTO_AREA * scale * scale) photos++;
  }
  const p = scanFrame(opaque, tiles, mask, smoothTiles);
  const sel = selectColors(p, mask, scale, excluded.filter((r) => r.tiles.length >= 4).map((r) => r.box), gradientAreas);
  for (const g of sel.gradients) addGradient(gradients, g);
  const colors: MeasuredColor[] = sel.colors.map((s) => ({
    hex: keyToHex(s.key) as Hex,
    pixels: s.pixels,
    coverage: s.pixels / n,
    usage: s.usage,
  }));
  attachContrast(colors, sel, keyToHex(p.backgroundKey) as Hex);
  // Order: the frame background (most common border color) first, then by pixels.
  const bgHex = keyToHex(p.backgroundKey);
  const rank = (c: MeasuredColor): number => (c.hex === bgHex ? 1 : 0);
  colors.sort((a, b) => rank(b) - rank(a) || b.pixels - a.pixels || (a.hex < b.hex ? -1 : 1));
  out.colors = colors;
  out.gradients = gradients.sort((a, b) => b.coverage - a.coverage);
  out.frame.photos = photos;
}

/** Pixels and their tile statistics in one object of a fixed shape (spread copies get a new shape per call in V8). */
function withTiles(p: OpaquePixels, t: TileChanges): OpaquePixels & TileChanges {
  return {
    width: p.width,
    height: p.height,
    px: p.px,
    backgroundKey: p.backgroundKey,
    hadAlpha: p.hadAlpha,
    tilesX: t.tilesX,
    tilesY: t.tilesY,
    tileChanges: t.tileChanges,
    tileSmall: t.tileSmall,
    rowSame: t.rowSame,
    blockSame: t.blockSame,
    sawAlpha: t.sawAlpha,
  };
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

/** Adds a band-chain gradient unless it is (part of) one already found, or keeps the larger of the two. */
function addGradient(list: MeasuredGradient[], g: MeasuredGradient): void {
  const i = list.findIndex((known) => gradientWithin(g, known) || gradientWithin(known, g));
  if (i < 0) list.push(g);
  else if (gradientSpan(g) > gradientSpan(list[i]!)) list[i] = { ...g, coverage: Math.max(g.coverage, list[i]!.coverage) };
}
