/**
 * Where a compressed stream lies in a byte array, segment by segment (e.g. the IDAT payloads).
 * `next()` moves to the next segment and sets `start`/`end` ([start, end) in the data), or returns
 * false when there is none. Called only at segment boundaries, so it may do real work (walk chunks).
 */
export interface ByteSegments {
  start: number;
  end: number;
  next(): boolean;
}

/** Segments from a list of [start, end) ranges. */
export function rangeSegments(ranges: ReadonlyArray<readonly [number, number]>): ByteSegments {
  let i = -1;
  const seg: ByteSegments = {
    start: 0,
    end: 0,
    next: () => {
      if (++i >= ranges.length) return false;
      [seg.start, seg.end] = ranges[i];
      return true;
    },
  };
  return seg;
}
