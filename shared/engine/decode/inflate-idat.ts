import type { ByteSegments } from "./byte-segments.js";
import { inflateZlib } from "./inflate-zlib.js";

/** Receives inflated bytes; throws to abort (e.g. past its budget). */
export interface InflateSink {
  write(chunk: Uint8Array): void;
}

const IDAT = 0x49444154;

/**
 * The payloads of the consecutive IDAT chunks starting at `firstChunk` (offset of a chunk's length
 * field), found by walking the chunk headers lazily: O(1) memory however many IDATs the file has.
 * The chunks were already checked (lengths, CRCs) by inspectPng.
 */
export function idatSegments(bytes: Uint8Array, firstChunk: number): ByteSegments {
  let pos = firstChunk;
  const seg: ByteSegments = {
    start: 0,
    end: 0,
    next: () => {
      if (pos + 8 > bytes.length) return false;
      const length = ((bytes[pos] << 24) | (bytes[pos + 1] << 16) | (bytes[pos + 2] << 8) | bytes[pos + 3]) >>> 0;
      const type = ((bytes[pos + 4] << 24) | (bytes[pos + 5] << 16) | (bytes[pos + 6] << 8) | bytes[pos + 7]) >>> 0;
      if (type !== IDAT || pos + 12 + length > bytes.length) return false;
      seg.start = pos + 8;
      seg.end = pos + 8 + length;
      pos = seg.end + 4;
      return true;
    },
  };
  return seg;
}

/**
 * Inflates the zlib stream carried by the IDAT chunks starting at `firstChunk` into `sink`, reading
 * the payloads in place. The sink sees pieces of ≤ 288 KB (the first) then ≤ 256 KB, so a sink that
 * refuses bytes past its budget stops a decompression bomb within 256 KB of output, with no
 * allocation beyond the inflater's fixed 288 KB buffer.
 */
export function inflateIdat(bytes: Uint8Array, firstChunk: number, sink: InflateSink): void {
  inflateZlib(bytes, idatSegments(bytes, firstChunk), (chunk) => sink.write(chunk));
}
