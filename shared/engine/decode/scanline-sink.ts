import { EngineError } from "../errors.js";
import type { PngPass } from "../png/png-layout.js";
import { convertRow } from "./convert-row.js";
import type { PixelFormat } from "./pixel-format.js";
import { unfilterRow } from "./unfilter-row.js";

/**
 * Consumes inflated image data in arbitrary pieces, reassembles scanlines pass by pass,
 * unfilters each one and writes its pixels straight into the RGBA output. Only two scanlines
 * are buffered, so memory is the output plus O(row). Refuses a single byte past the budget.
 */
export class ScanlineSink {
  /** Bytes accepted so far. */
  received = 0;
  private cur: Uint8Array;
  private prev: Uint8Array;
  private fill = 0;
  private passIndex = 0;
  private row = 0;
  private readonly bpp: number;

  constructor(
    private readonly passes: readonly PngPass[],
    private readonly budget: number,
    private readonly format: PixelFormat,
    private readonly out: Uint8Array,
    private readonly width: number,
  ) {
    const maxRow = Math.max(...passes.map((p) => p.rowBytes)) + 1;
    this.cur = new Uint8Array(maxRow);
    this.prev = new Uint8Array(maxRow);
    const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[format.colorType];
    this.bpp = Math.max(1, (channels * format.bitDepth) >> 3);
  }

  /** True once every scanline of every pass has arrived. */
  get complete(): boolean {
    return this.received === this.budget;
  }

  /** Accepts the next piece of inflated data. Throws `decompression_limit` past the budget. */
  write(chunk: Uint8Array): void {
    if (this.received + chunk.length > this.budget) {
      throw new EngineError("decompression_limit", `Image data inflates past the ${this.budget} bytes its header declares.`);
    }
    this.received += chunk.length;
    let i = 0;
    while (i < chunk.length) {
      const pass = this.passes[this.passIndex];
      const rowLength = pass.rowBytes + 1;
      const n = Math.min(rowLength - this.fill, chunk.length - i);
      this.cur.set(chunk.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === rowLength) this.finishRow(pass);
    }
  }

  private finishRow(pass: PngPass): void {
    unfilterRow(this.cur, this.prev, pass.rowBytes, this.bpp);
    const y = pass.y0 + this.row * pass.dy;
    convertRow(this.cur, pass.width, this.out, (y * this.width + pass.x0) * 4, pass.dx * 4, this.format);
    const t = this.prev;
    this.prev = this.cur;
    this.cur = t;
    this.fill = 0;
    if (++this.row === pass.height) {
      this.row = 0;
      this.passIndex++;
      this.prev.fill(0);
    }
  }
}
