/** A blob URL for PNG bytes (thumbnails from `export-frames`). Revoke it when the image goes away. */
export function pngUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type: "image/png" }));
}
