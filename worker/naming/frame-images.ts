import type { RgbaImage } from "../../shared/engine/types.js";
import { bytesToBase64 } from "../../shared/image/base64.js";
import { downscaleRgba, fitImageSize, visualTokens, type ImageFitLimits } from "../../shared/image/downscale.js";
import { encodePng } from "../../shared/image/encode-png.js";

/** Image limits of one request. */
export interface ImageBudget extends ImageFitLimits {
  /** Visual tokens for all frames together; each frame gets an equal share (capped by `maxVisualTokens`). */
  totalVisualTokens: number;
}

/** Standard-resolution Claude models keep ≤ 1568 px on the long edge and ≈ 1568 visual tokens per image. */
export const DEFAULT_IMAGE_BUDGET: ImageBudget = { maxEdge: 1568, maxVisualTokens: 1568, totalVisualTokens: 16_000 };

/** A frame ready to send: a base64 PNG image block plus what it costs. */
export interface PreparedImage {
  block: { type: "image"; source: { type: "base64"; media_type: "image/png"; data: string } };
  width: number;
  height: number;
  visualTokens: number;
  pngBytes: number;
}

/** Downscales (area average) each frame to what the model keeps, encodes PNG and base64. */
export function prepareFrameImages(images: RgbaImage[], budget: ImageBudget = DEFAULT_IMAGE_BUDGET): PreparedImage[] {
  if (!images.length) return [];
  const share = Math.max(64, Math.min(budget.maxVisualTokens, Math.floor(budget.totalVisualTokens / images.length)));
  return images.map((image) => {
    const size = fitImageSize(image.width, image.height, { maxEdge: budget.maxEdge, maxVisualTokens: share });
    const small = size.width === image.width && size.height === image.height ? image : downscaleRgba(image, size.width, size.height);
    const png = encodePng(small);
    return {
      block: { type: "image", source: { type: "base64", media_type: "image/png", data: bytesToBase64(png) } },
      width: small.width,
      height: small.height,
      visualTokens: visualTokens(small.width, small.height),
      pngBytes: png.length,
    };
  });
}
