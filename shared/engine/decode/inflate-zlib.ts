import { EngineError } from "../errors.js";
import type { ByteSegments } from "./byte-segments.js";
import { buildTable, corrupt, fixedTables } from "./huffman-table.js";

/*
 * A small DEFLATE/zlib decoder (RFC 1950/1951) that writes into one fixed 288 KB buffer and hands
 * out what it produced every 256 KB, keeping the last 32 KB as the back-reference window. So
 * inflating costs O(1) memory whatever the stream says, and the consumer (which knows the exact
 * byte budget) can stop a decompression bomb within 256 KB of its budget.
 * Lookup tables are single-level (2^maxBits entries, entry = symbol << 4 | length), reused per block.
 */

const WINDOW = 32768;
const CHUNK = 256 * 1024;
const MAX_MATCH = 258;
/** Table-building allowance: 2^24 entries, plus 16 per output byte (real streams need < 4). */
const TABLE_WORK_BASE = 1 << 24;
const TABLE_WORK_PER_BYTE = 16;

const LEN_BASE = Uint16Array.from([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
const LEN_EXTRA = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
const DIST_BASE = Uint16Array.from([1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]);
const DIST_EXTRA = Uint8Array.from([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * Inflates a zlib stream stored in `data` as consecutive `segments` (e.g. the IDAT payloads of
 * a PNG, read in place: no copy). 2-byte header, deflate data; the Adler-32 trailer is not checked —
 * PNG chunk CRCs already cover these bytes. Output goes to `onData` in pieces of up to 256 KB,
 * each valid only during the call. Throws `corrupt_data` on any malformed stream; whatever
 * `onData` throws (e.g. a budget error) propagates immediately.
 */
export function inflateZlib(data: Uint8Array, segments: ByteSegments, onData: (chunk: Uint8Array) => void): void {
  let more = segments.next();
  let ip = more ? segments.start : 0;
  let segEnd = more ? segments.end : 0;
  let pad = 0; // zero bytes fed past the end of the data (allowed for look-ahead, never consumed)
  let bb = 0; // bit buffer, LSB first
  let cnt = 0; // bits in bb
  while (cnt < 16) {
    if (ip < segEnd) {
      bb |= data[ip++] << cnt;
      cnt += 8;
    } else if (more && (more = segments.next())) {
      ip = segments.start;
      segEnd = segments.end;
    } else throw corrupt("too short for a zlib header");
  }
  const cmf = bb & 255;
  const flg = (bb >>> 8) & 255;
  bb >>>= 16;
  cnt -= 16;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) throw corrupt("bad zlib header");
  if (flg & 0x20) throw corrupt("preset dictionary, which PNG forbids");

  const out = new Uint8Array(WINDOW + CHUNK);
  const outEnd = out.length - MAX_MATCH;
  const litTable = new Int32Array(1 << 15);
  const distTable = new Int32Array(1 << 15);
  const lengths = new Uint8Array(320);
  const clTable = new Int32Array(1 << 7);
  let op = 0; // write position in out
  let mark = 0; // start of bytes not yet handed out
  let handed = 0; // bytes handed out so far
  let tableWork = 0; // Huffman table entries built so far
  let final = 0;

  while (!final) {
    while (cnt < 3) {
      if (ip < segEnd) {
        bb |= data[ip++] << cnt;
        cnt += 8;
      } else if (more && (more = segments.next())) {
        ip = segments.start;
        segEnd = segments.end;
      } else if (++pad > 5) {
        throw corrupt("unexpected end of data");
      } else cnt += 8;
    }
    final = bb & 1;
    const type = (bb >>> 1) & 3;
    bb >>>= 3;
    cnt -= 3;
    if (type === 0) {
      // stored: drop to a byte boundary, LEN, NLEN, then raw bytes (first those left in bb)
      bb >>>= cnt & 7;
      cnt -= cnt & 7;
      while (cnt < 32) {
        if (ip < segEnd) {
          bb |= data[ip++] << cnt;
          cnt += 8;
        } else if (more && (more = segments.next())) {
          ip = segments.start;
          segEnd = segments.end;
        } else if (++pad > 5) {
          throw corrupt("unexpected end of data");
        } else cnt += 8;
      }
      if (pad * 8 > cnt - 32) throw corrupt("unexpected end of data");
      const len = bb & 0xffff;
      const nlen = bb >>> 16;
      bb = 0;
      cnt = 0;
      if ((len ^ 0xffff) !== nlen) throw corrupt("stored block length mismatch");
      let left = len;
      while (left > 0) {
        if (op >= outEnd) {
          // hand out what is new, keep the last 32 KB as the window
          onData(out.subarray(mark, op));
          handed += op - mark;
          out.copyWithin(0, op - WINDOW, op);
          op = mark = WINDOW;
        }
        if (ip >= segEnd) {
          if (!more || !(more = segments.next())) throw corrupt("unexpected end of data");
          ip = segments.start;
          segEnd = segments.end;
          continue;
        }
        const n = Math.min(left, out.length - op, segEnd - ip);
        out.set(data.subarray(ip, ip + n), op);
        op += n;
        ip += n;
        left -= n;
      }
      continue;
    }
    let lt: Int32Array;
    let dt: Int32Array;
    let lbits: number;
    let dbits: number;
    if (type === 1) {
      [lt, dt] = fixedTables();
      lbits = 9;
      dbits = 5;
    } else if (type === 2) {
      while (cnt < 14) {
        if (ip < segEnd) {
          bb |= data[ip++] << cnt;
          cnt += 8;
        } else if (more && (more = segments.next())) {
          ip = segments.start;
          segEnd = segments.end;
        } else if (++pad > 5) {
          throw corrupt("unexpected end of data");
        } else cnt += 8;
      }
      const hlit = (bb & 31) + 257;
      const hdist = ((bb >>> 5) & 31) + 1;
      const hclen = ((bb >>> 10) & 15) + 4;
      bb >>>= 14;
      cnt -= 14;
      if (hlit > 286 || hdist > 30) throw corrupt("too many length or distance codes");
      lengths.fill(0, 0, 19);
      for (let i = 0; i < hclen; i++) {
        while (cnt < 3) {
          if (ip < segEnd) {
            bb |= data[ip++] << cnt;
            cnt += 8;
          } else if (more && (more = segments.next())) {
            ip = segments.start;
            segEnd = segments.end;
          } else if (++pad > 5) {
            throw corrupt("unexpected end of data");
          } else cnt += 8;
        }
        lengths[CL_ORDER[i]] = bb & 7;
        bb >>>= 3;
        cnt -= 3;
      }
      const clBits = buildTable(lengths, 19, clTable, true);
      const clMask = (1 << clBits) - 1;
      const n = hlit + hdist;
      lengths.fill(0, 0, n);
      for (let i = 0; i < n; ) {
        while (cnt < 14) {
          if (ip < segEnd) {
            bb |= data[ip++] << cnt;
            cnt += 8;
          } else if (more && (more = segments.next())) {
            ip = segments.start;
            segEnd = segments.end;
          } else if (++pad > 5) {
            throw corrupt("unexpected end of data");
          } else cnt += 8;
        }
        const e = clTable[bb & clMask];
        const len = e & 15;
        if (!len) throw corrupt("invalid code-length code");
        bb >>>= len;
        cnt -= len;
        const sym = e >> 4;
        if (sym < 16) {
          lengths[i++] = sym;
          continue;
        }
        let rep: number;
        let val = 0;
        if (sym === 16) {
          if (i === 0) throw corrupt("repeat with no previous length");
          val = lengths[i - 1];
          rep = 3 + (bb & 3);
          bb >>>= 2;
          cnt -= 2;
        } else if (sym === 17) {
          rep = 3 + (bb & 7);
          bb >>>= 3;
          cnt -= 3;
        } else {
          rep = 11 + (bb & 127);
          bb >>>= 7;
          cnt -= 7;
        }
        if (i + rep > n) throw corrupt("code lengths overflow");
        while (rep--) lengths[i++] = val;
      }
      if (!lengths[256]) throw corrupt("no end-of-block code");
      lbits = buildTable(lengths.subarray(0, hlit), hlit, litTable);
      dbits = buildTable(lengths.subarray(hlit, n), hdist, distTable);
      // Each table costs up to 2^15 writes. Real encoders emit a table per ≥ 16 K symbols; a stream
      // of tiny dynamic blocks would make this quadratic-looking CPU sink, so charge it to the output.
      tableWork += (1 << lbits) + (1 << dbits);
      if (tableWork > TABLE_WORK_BASE + TABLE_WORK_PER_BYTE * (handed + op - mark)) {
        throw new EngineError("decompression_limit", "Image data has far more Huffman tables than its size justifies.");
      }
      lt = litTable;
      dt = distTable;
    } else {
      throw corrupt("reserved block type");
    }
    const lmask = (1 << lbits) - 1;
    const dmask = (1 << dbits) - 1;
    for (;;) {
      while (cnt < 25) {
        if (ip < segEnd) {
          bb |= data[ip++] << cnt;
          cnt += 8;
        } else if (more && (more = segments.next())) {
          ip = segments.start;
          segEnd = segments.end;
        } else if (++pad > 5) {
          throw corrupt("unexpected end of data");
        } else cnt += 8;
      }
      let e = lt[bb & lmask];
      let len = e & 15;
      if (!len) throw corrupt("invalid literal/length code");
      bb >>>= len;
      cnt -= len;
      let sym = e >> 4;
      if (sym < 256) {
        if (op >= outEnd) {
          onData(out.subarray(mark, op));
          handed += op - mark;
          out.copyWithin(0, op - WINDOW, op);
          op = mark = WINDOW;
        }
        out[op++] = sym;
        continue;
      }
      if (sym === 256) break;
      sym -= 257;
      if (sym >= 29) throw corrupt("invalid length symbol");
      const lx = LEN_EXTRA[sym];
      const length = LEN_BASE[sym] + (bb & ((1 << lx) - 1));
      bb >>>= lx;
      cnt -= lx;
      while (cnt < 25) {
        if (ip < segEnd) {
          bb |= data[ip++] << cnt;
          cnt += 8;
        } else if (more && (more = segments.next())) {
          ip = segments.start;
          segEnd = segments.end;
        } else if (++pad > 5) {
          throw corrupt("unexpected end of data");
        } else cnt += 8;
      }
      e = dt[bb & dmask];
      len = e & 15;
      if (!len) throw corrupt("invalid distance code");
      bb >>>= len;
      cnt -= len;
      sym = e >> 4;
      if (sym >= 30) throw corrupt("invalid distance symbol");
      const dx = DIST_EXTRA[sym];
      if (cnt < dx) {
        while (cnt < 25) {
          if (ip < segEnd) {
            bb |= data[ip++] << cnt;
            cnt += 8;
          } else if (more && (more = segments.next())) {
            ip = segments.start;
            segEnd = segments.end;
          } else if (++pad > 5) {
            throw corrupt("unexpected end of data");
          } else cnt += 8;
        }
      }
      const dist = DIST_BASE[sym] + (bb & ((1 << dx) - 1));
      bb >>>= dx;
      cnt -= dx;
      if (op >= outEnd) {
        onData(out.subarray(mark, op));
        handed += op - mark;
        out.copyWithin(0, op - WINDOW, op);
        op = mark = WINDOW;
      }
      // out[0, op) is always valid history (op ≥ WINDOW ≥ any distance once the buffer has slid)
      if (dist > op) throw corrupt("distance too far back");
      let from = op - dist;
      const stop = op + length;
      if (length > 24) {
        // [from, op) repeats with period dist: copy it in doubling blocks (memmove, no overlap)
        while (op < stop) {
          const n = Math.min(stop - op, op - from);
          out.copyWithin(op, from, from + n);
          op += n;
        }
      } else {
        while (op < stop) out[op++] = out[from++];
      }
    }
    if (pad * 8 > cnt) throw corrupt("unexpected end of data");
  }
  if (op > mark) onData(out.subarray(mark, op));
}
