import { EngineError } from "../errors.js";

/* Canonical Huffman decode tables for DEFLATE (RFC 1951 §3.2.2), single-level: entry = symbol << 4 | length. */

/** The `corrupt_data` error for a malformed deflate stream. */
export const corrupt = (why: string): EngineError => new EngineError("corrupt_data", `Image data is not a valid deflate stream: ${why}.`);

/**
 * Fills `table` with a canonical Huffman decode table for `lengths`; returns its bit width.
 * Like zlib: over-subscribed codes are invalid; incomplete ones only as a single 1-bit code
 * (never for code-length codes); no codes at all is allowed (every lookup then fails).
 */
export function buildTable(lengths: Uint8Array, count: number, table: Int32Array, codeLengths = false): number {
  const blCount = new Uint16Array(16);
  let maxBits = 0;
  for (let i = 0; i < count; i++) {
    blCount[lengths[i]]++;
    if (lengths[i] > maxBits) maxBits = lengths[i];
  }
  blCount[0] = 0;
  const next = new Uint16Array(16);
  let code = 0;
  let left = 1;
  for (let bits = 1; bits <= 15; bits++) {
    left = (left << 1) - blCount[bits];
    if (left < 0) throw corrupt("over-subscribed Huffman code");
    code = (code + blCount[bits - 1]) << 1;
    next[bits] = code;
  }
  if (maxBits > 0 && left > 0 && (codeLengths || maxBits !== 1)) throw corrupt("incomplete Huffman code");
  const width = Math.max(1, maxBits);
  const size = 1 << width;
  table.fill(0, 0, size);
  for (let sym = 0; sym < count; sym++) {
    const len = lengths[sym];
    if (!len) continue;
    let c = next[len]++;
    let rev = 0;
    for (let k = 0; k < len; k++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    const entry = (sym << 4) | len;
    for (let i = rev; i < size; i += 1 << len) table[i] = entry;
  }
  return width;
}

let fixedLit: Int32Array | undefined;
let fixedDist: Int32Array | undefined;
/** The fixed-Huffman literal/length (9-bit) and distance (5-bit) tables, built once. */
export function fixedTables(): [Int32Array, Int32Array] {
  if (!fixedLit || !fixedDist) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedLit = new Int32Array(1 << 9);
    buildTable(l, 288, fixedLit);
    fixedDist = new Int32Array(1 << 5);
    buildTable(new Uint8Array(32).fill(5), 32, fixedDist);
  }
  return [fixedLit, fixedDist];
}
