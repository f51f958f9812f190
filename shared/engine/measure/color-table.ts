/**
 * Open-addressing hash table from 24-bit RGB keys (`b << 16 | g << 8 | r`, the low 3 bytes of a
 * little-endian RGBA word) to dense indices 0..size-1. Typed arrays only: the per-pixel hot loop
 * never allocates.
 */
export class ColorTable {
  private slots: Int32Array;
  private slotIdx: Int32Array;
  private mask: number;
  /** index → key. */
  keys: Int32Array;
  size = 0;

  constructor(capacityPow2 = 1 << 14) {
    this.slots = new Int32Array(capacityPow2).fill(-1);
    this.slotIdx = new Int32Array(capacityPow2);
    this.mask = capacityPow2 - 1;
    this.keys = new Int32Array(capacityPow2 >> 1);
  }

  /** Dense index of `key`, or -1 when absent. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    slot = (slot ^ (slot >>> 15)) & this.mask;
    for (;;) {
      const k = this.slots[slot]!;
      if (k === key) return this.slotIdx[slot]!;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Dense index of `key`, inserting it when new. */
  indexOf(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    slot = (slot ^ (slot >>> 15)) & this.mask;
    const slots = this.slots;
    for (;;) {
      const k = slots[slot]!;
      if (k === key) return this.slotIdx[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & this.mask;
    }
    const idx = this.size++;
    slots[slot] = key;
    this.slotIdx[slot] = idx;
    if (idx >= this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[idx] = key;
    if (this.size * 2 > this.mask) this.grow();
    return idx;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldIdx = this.slotIdx;
    const cap = oldSlots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.slotIdx = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < oldSlots.length; s++) {
      const k = oldSlots[s]!;
      if (k === -1) continue;
      let slot = Math.imul(k, 0x9e3779b1) >>> 0;
      slot = (slot ^ (slot >>> 15)) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = k;
      this.slotIdx[slot] = oldIdx[s]!;
    }
  }
}

/** `#rrggbb` of a table key. */
export function keyToHex(key: number): string {
  const r = key & 255;
  const g = (key >>> 8) & 255;
  const b = (key >>> 16) & 255;
  return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
}

/** Table key of r, g, b. */
export function rgbToKey(r: number, g: number, b: number): number {
  return (b << 16) | (g << 8) | r;
}
