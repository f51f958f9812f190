import type { NodeLike, SliceLike } from "../../../plugin/main/figma-api";
import { count, type FakeLog } from "./fake-log";
import { makePng } from "./fake-png";

/** What a test gives to place a node on the page. */
export interface FakeNodeInit {
  type: NodeType;
  name?: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  /** Make `exportAsync` reject with this message (e.g. to test error replies). */
  exportError?: string;
  /** Bytes to return instead of the generated PNG (e.g. a corpus fixture); gets the output size Figma would produce. */
  png?: (size: { width: number; height: number }, settings?: ExportSettingsImage) => Uint8Array;
}

let nextNode = 1;

/** Output size of a PNG export, like Figma computes it from the constraint. */
export function exportSize(width: number, height: number, settings?: ExportSettingsImage): { width: number; height: number } {
  const c = settings?.constraint ?? { type: "SCALE", value: 1 };
  const k = c.type === "SCALE" ? c.value : c.type === "WIDTH" ? c.value / width : c.value / height;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/** A scene node (frame, group, rectangle, …) whose `exportAsync` returns real PNG bytes and records the call. */
export class FakeNode implements NodeLike {
  readonly id: string;
  name: string;
  readonly type: NodeType;
  x: number;
  y: number;
  protected w: number;
  protected h: number;
  removed = false;

  constructor(
    protected readonly log: FakeLog,
    private readonly init: FakeNodeInit,
  ) {
    this.id = `${nextNode++}:1`;
    this.type = init.type;
    this.name = init.name ?? `${init.type[0]}${init.type.slice(1).toLowerCase()} ${this.id}`;
    this.w = init.width;
    this.h = init.height;
    this.x = init.x ?? 0;
    this.y = init.y ?? 0;
  }

  get width(): number {
    return this.w;
  }
  get height(): number {
    return this.h;
  }
  get absoluteBoundingBox(): Rect {
    return { x: this.x, y: this.y, width: this.w, height: this.h };
  }

  async exportAsync(settings?: ExportSettingsImage): Promise<Uint8Array> {
    count(this.log, "exportAsync");
    if (this.removed) throw new Error("in exportAsync: The node with id " + this.id + " does not exist");
    if (settings && settings.format !== "PNG") throw new Error("fake exports PNG only");
    if (this.init.exportError) throw new Error(this.init.exportError);
    const size = exportSize(this.w, this.h, settings);
    this.log.exports.push({ nodeId: this.id, type: this.type, settings: settings && structuredClone(settings), ...size });
    return this.init.png ? this.init.png(size, settings) : makePng(size.width, size.height);
  }
}

/** A slice: positioned, resizable, removable; `onRemove` lets the page forget it. */
export class FakeSlice extends FakeNode implements SliceLike {
  constructor(
    log: FakeLog,
    private readonly onRemove: (slice: FakeSlice) => void,
  ) {
    super(log, { type: "SLICE", width: 100, height: 100 });
  }

  resize(width: number, height: number): void {
    if (!(width >= 0.01 && height >= 0.01)) throw new Error("in resize: Expected width and height to be >= 0.01");
    this.w = width;
    this.h = height;
  }

  remove(): void {
    this.removed = true;
    this.onRemove(this);
  }
}
