import type { RgbaImage } from "../engine/types.js";

/** Limits of what a vision model keeps from an image. */
export interface ImageFitLimits {
  /** Longest side in px (standard-resolution Claude models: 1568). */
  maxEdge: number;
  /** Max visual tokens, counted as ⌈w/28⌉·⌈h/28⌉ (standard tier ≈ 1568). */
  maxVisualTokens: number;
}

/** Default limits for standard-resolution Claude models. */
export const CLAUDE_STANDARD_IMAGE_LIMITS: ImageFitLimits = { maxEdge: 1568, maxVisualTokens: 1568 };

/** Visual tokens Claude bills for an image of this size: ⌈w/28⌉·⌈h/28⌉. */
export function visualTokens(width: number, height: number): number {
  return Math.ceil(width / 28) * Math.ceil(height / 28);
}

/**
 * Largest size with the same aspect ratio that fits the limits (never upscales).
 * Returns the input size when it already fits.
 */
export function fitImageSize(width: number, height: number, limits: ImageFitLimits): { width: number; height: number } {
  if (!(width > 0 && height > 0)) throw new RangeError(`invalid image size ${width}x${height}`);
  let scale = Math.min(1, limits.maxEdge / Math.max(width, height));
  const fits = (s: number) => {
    const w = Math.max(1, Math.floor(width * s));
    const h = Math.max(1, Math.floor(height * s));
    return visualTokens(w, h) <= limits.maxVisualTokens;
  };
  if (!fits(scale)) {
    // Start from the area estimate, then step down until the ceil-based count fits.
    scale = Math.min(scale, Math.sqrt((limits.maxVisualTokens * 28 * 28) / (width * height)));
    while (scale > 0 && !fits(scale)) scale *= 0.99;
  }
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** Per-output-pixel source spans with fractional weights along one axis (area averaging), flattened. */
function spans(src: number, dst: number): { start: Int32Array; count: Int32Array; offset: Int32Array; weights: Float32Array } {
  const ratio = src / dst;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const offset = new Int32Array(dst);
  const all: number[] = [];
  for (let o = 0; o < dst; o++) {
    const a = o * ratio;
    const b = Math.min(src, (o + 1) * ratio);
    const first = Math.floor(a);
    const last = Math.min(src - 1, Math.ceil(b) - 1);
    start[o] = first;
    count[o] = last - first + 1;
    offset[o] = all.length;
    for (let s = first; s <= last; s++) all.push((Math.min(b, s + 1) - Math.max(a, s)) / ratio);
  }
  return { start, count, offset, weights: Float32Array.from(all) };
}

/**
 * Downscales an RGBA image to `width`×`height` by exact area averaging (box filter with
 * fractional pixel coverage), in premultiplied alpha so transparent pixels don't bleed color.
 * Never upscales: a target larger than the source returns a copy at the source size.
 */
export function downscaleRgba(image: RgbaImage, width: number, height: number): RgbaImage {
  const sw = image.width;
  const sh = image.height;
  if (image.data.length !== sw * sh * 4) throw new RangeError("image data length does not match its size");
  const dw = Math.max(1, Math.min(sw, Math.round(width)));
  const dh = Math.max(1, Math.min(sh, Math.round(height)));
  if (dw === sw && dh === sh) return { width: sw, height: sh, data: image.data.slice() };

  const xs = spans(sw, dw);
  const ys = spans(sh, dh);
  const src = image.data;
  const rowLen = dw * 4;
  const out = new Uint8Array(dw * dh * 4);
  // Streams source rows: each is reduced horizontally (premultiplied) once, then added into the
  // one to three output rows it overlaps. Memory stays O(output width), not O(source height).
  const firstOut = new Int32Array(sh).fill(-1);
  for (let o = dh - 1; o >= 0; o--) for (let k = 0; k < ys.count[o]; k++) firstOut[ys.start[o] + k] = o;
  const row = new Float32Array(rowLen);
  const accs = new Map<number, Float32Array>();
  const spare: Float32Array[] = [];
  for (let y = 0; y < sh; y++) {
    const o0 = firstOut[y];
    if (o0 < 0) continue;
    const base = y * sw * 4;
    for (let o = 0; o < dw; o++) {
      let r = 0, g = 0, b = 0, a = 0;
      const off = xs.offset[o];
      const n = xs.count[o];
      let p = base + xs.start[o] * 4;
      for (let k = 0; k < n; k++, p += 4) {
        const wa = xs.weights[off + k] * src[p + 3];
        r += src[p] * wa;
        g += src[p + 1] * wa;
        b += src[p + 2] * wa;
        a += wa;
      }
      const q = o * 4;
      row[q] = r;
      row[q + 1] = g;
      row[q + 2] = b;
      row[q + 3] = a;
    }
    for (let o = o0; o < dh && ys.start[o] <= y; o++) {
      const k = y - ys.start[o];
      if (k >= ys.count[o]) continue;
      let acc = accs.get(o);
      if (!acc) {
        acc = spare.pop()?.fill(0) ?? new Float32Array(rowLen);
        accs.set(o, acc);
      }
      const wk = ys.weights[ys.offset[o] + k];
      for (let i = 0; i < rowLen; i++) acc[i] += row[i] * wk;
      if (k === ys.count[o] - 1) {
        const q0 = o * rowLen;
        for (let i = 0; i < rowLen; i += 4) {
          const al = acc[i + 3];
          if (al > 0) {
            out[q0 + i] = Math.min(255, Math.round(acc[i] / al));
            out[q0 + i + 1] = Math.min(255, Math.round(acc[i + 1] / al));
            out[q0 + i + 2] = Math.min(255, Math.round(acc[i + 2] / al));
          }
          out[q0 + i + 3] = Math.min(255, Math.round(al));
        }
        accs.delete(o);
        spare.push(acc);
      }
    }
  }
  return { width: dw, height: dh, data: out };
}

/**
 * Shrinks an image to what the model keeps (same aspect ratio, area average); returns the input
 * itself when it already fits. Call it right after measuring to hold only the small copy for naming.
 */
export function fitRgba(image: RgbaImage, limits: ImageFitLimits = CLAUDE_STANDARD_IMAGE_LIMITS): RgbaImage {
  const size = fitImageSize(image.width, image.height, limits);
  return size.width === image.width && size.height === image.height ? image : downscaleRgba(image, size.width, size.height);
}
