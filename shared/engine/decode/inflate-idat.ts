import { inflateZlib } from "./inflate-zlib.js";

/** Receives inflated bytes; throws to abort (e.g. past its budget). */
export interface InflateSink {
  write(chunk: Uint8Array): void;
}

/**
 * Inflates the zlib stream carried by the IDAT payloads (`ranges` of `bytes`, file order) into `sink`.
 * One IDAT is read in place; several are joined first (one copy of the compressed data).
 * The sink sees pieces of ≤ 288 KB (the first) then ≤ 256 KB, so a sink that refuses bytes past its budget stops a
 * decompression bomb within 256 KB of output, with no allocation beyond a fixed 288 KB buffer.
 */
export function inflateIdat(bytes: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>, sink: InflateSink): void {
  let data: Uint8Array;
  if (ranges.length === 1) {
    data = bytes.subarray(ranges[0][0], ranges[0][1]);
  } else {
    data = new Uint8Array(ranges.reduce((n, [s, e]) => n + e - s, 0));
    let o = 0;
    for (const [s, e] of ranges) {
      data.set(bytes.subarray(s, e), o);
      o += e - s;
    }
  }
  inflateZlib(data, (chunk) => sink.write(chunk));
}
