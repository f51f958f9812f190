import { inflateZlib } from "./inflate-zlib.js";

/** Receives inflated bytes; throws to abort (e.g. past its budget). */
export interface InflateSink {
  write(chunk: Uint8Array): void;
}

/**
 * Inflates the zlib stream carried by the IDAT payloads (`ranges` of `bytes`, file order) into
 * `sink`, reading the payloads in place. The sink sees pieces of ≤ 288 KB (the first) then
 * ≤ 256 KB, so a sink that refuses bytes past its budget stops a decompression bomb within
 * 256 KB of output, with no allocation beyond the inflater's fixed 288 KB buffer.
 */
export function inflateIdat(bytes: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>, sink: InflateSink): void {
  inflateZlib(bytes, ranges, (chunk) => sink.write(chunk));
}
