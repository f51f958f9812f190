import { differenceCiede2000 } from "culori";
import { describe, expect, it } from "vitest";
import { measureFrame } from "./measure-frame.js";
import { canvas, drawGlyphs, fillRect, rng, setPixel } from "./synthetic.test-util.js";

const de = differenceCiede2000();
const hexes = (img: Parameters<typeof measureFrame>[0]) => measureFrame(img, { frameId: "f" }).colors.map((c) => c.hex).sort();

describe("measureFrame colors", () => {
  it("two flat rects with an antialiased edge → exactly the two colors", () => {
    const img = canvas(200, 120, "#ffffff");
    fillRect(img, 30.4, 20.7, 170.3, 100.45, "#2563eb");
    expect(hexes(img)).toEqual(["#2563eb", "#ffffff"]);
  });

  it("keeps a real neutral gray sitting between black and white regions", () => {
    const img = canvas(240, 120, "#ffffff");
    fillRect(img, 20, 20, 80, 100, "#000000");
    fillRect(img, 90, 20, 150, 100, "#808080");
    fillRect(img, 160.5, 20.5, 220.5, 100.5, "#000000");
    expect(hexes(img)).toEqual(["#000000", "#808080", "#ffffff"]);
  });

  it("keeps #ffffff and #f9fafb (ΔE2000 1.2) and #e5e7eb vs #f3f4f6 as distinct tokens", () => {
    const img = canvas(300, 200, "#f9fafb");
    fillRect(img, 20.5, 20.5, 280.5, 180.5, "#ffffff");
    fillRect(img, 40, 40, 120, 120, "#f3f4f6");
    fillRect(img, 140, 40, 220, 120, "#e5e7eb");
    expect(hexes(img)).toEqual(["#e5e7eb", "#f3f4f6", "#f9fafb", "#ffffff"]);
  });

  it("reports coverage as a share of the frame", () => {
    const img = canvas(100, 100, "#ffffff");
    fillRect(img, 0, 0, 50, 100, "#111111");
    const colors = measureFrame(img, { frameId: "f" }).colors;
    expect(colors.map((c) => [c.hex, c.coverage])).toEqual([
      ["#111111", 0.5],
      ["#ffffff", 0.5],
    ]);
  });

  it("recovers the core text color of antialiased glyph strokes and rejects the blends", () => {
    const img = canvas(420, 120, "#ffffff");
    drawGlyphs(img, 10, 20, 24, 14, "#111827");
    drawGlyphs(img, 10, 60, 24, 12, "#6b7280");
    const colors = measureFrame(img, { frameId: "f" }).colors;
    expect(colors.map((c) => c.hex).sort()).toEqual(["#111827", "#6b7280", "#ffffff"]);
    const text = colors.find((c) => c.hex === "#111827")!;
    expect(text.usage).toContain("text");
    expect(text.contrast?.[0]).toMatchObject({ against: "#ffffff", aa: true, aaa: true });
  });

  it("a 1-px border line is kept as a border color", () => {
    const img = canvas(300, 200, "#ffffff");
    fillRect(img, 20, 20, 280, 21, "#e5e7eb");
    fillRect(img, 20, 180, 280, 181, "#e5e7eb");
    fillRect(img, 20, 20, 21, 181, "#e5e7eb");
    fillRect(img, 279, 20, 280, 181, "#e5e7eb");
    const colors = measureFrame(img, { frameId: "f" }).colors;
    expect(colors.map((c) => c.hex).sort()).toEqual(["#e5e7eb", "#ffffff"]);
    expect(colors.find((c) => c.hex === "#e5e7eb")!.usage).toEqual(["border"]);
  });

  it("a linear gradient → one gradient with 2 stops and no tokens from it", () => {
    const img = canvas(400, 240, "#ffffff");
    const next = rng(7);
    for (let y = 40; y < 200; y++) {
      for (let x = 40; x < 360; x++) {
        const t = (x - 40) / 319;
        const d = next() - 0.5; // dithering, as browsers and Figma render gradients
        setPixel(img, x, y, [Math.round(0x3b + (0x8b - 0x3b) * t + d), Math.round(0x82 + (0x5c - 0x82) * t + d), Math.round(0xf6 + d * 0.5)]);
      }
    }
    const m = measureFrame(img, { frameId: "f" });
    expect(m.colors.map((c) => c.hex)).toEqual(["#ffffff"]);
    expect(m.gradients).toHaveLength(1);
    const g = m.gradients[0]!;
    expect(g.stops).toHaveLength(2);
    expect(g.angle).toBe(90);
    expect(de(g.stops[0]!.hex, "#3b82f6")).toBeLessThan(2);
    expect(de(g.stops[1]!.hex, "#8b5cf6")).toBeLessThan(2);
  });

  it("a noisy photo-like block → photos: 1 and no tokens from it", () => {
    const img = canvas(400, 300, "#f9fafb");
    const next = rng(3);
    for (let y = 50; y < 250; y++) {
      for (let x = 50; x < 300; x++) {
        const base = 100 + 60 * Math.sin(x / 17) * Math.cos(y / 23);
        setPixel(img, x, y, [base + next() * 40, base * 0.8 + next() * 40, 90 + next() * 60].map((v) => Math.max(0, Math.min(255, Math.round(v)))) as [number, number, number]);
      }
    }
    const m = measureFrame(img, { frameId: "f" });
    expect(m.frame.photos).toBe(1);
    expect(m.colors.map((c) => c.hex)).toEqual(["#f9fafb"]);
    expect(m.gradients).toEqual([]);
  });

  it("composites semi-transparent pixels over the frame background", () => {
    const img = canvas(100, 100, "#ffffff");
    for (let y = 20; y < 80; y++) for (let x = 20; x < 80; x++) setPixel(img, x, y, [0, 0, 0], 128);
    expect(hexes(img)).toEqual(["#7f7f7f", "#ffffff"]);
  });

  it("skips colors when types excludes color, and reports the frame", () => {
    const img = canvas(50, 40, "#ffffff");
    const m = measureFrame(img, { frameId: "abc", name: "Home", scale: 2, mode: "Dark", types: ["spacing"] });
    expect(m.colors).toEqual([]);
    expect(m.frame).toMatchObject({ id: "abc", name: "Home", width: 50, height: 40, scale: 2, scaleSource: "given", mode: "Dark" });
  });

  it("handles tiny and single-pixel images without crashing", () => {
    expect(hexes(canvas(1, 1, "#123456"))).toEqual([]);
    expect(hexes(canvas(3, 3, "#123456"))).toEqual([]);
    expect(hexes(canvas(4, 4, "#123456"))).toEqual(["#123456"]);
  });
});

describe("measureFrame: shadows, banded gradients, gray text", () => {
  it("a soft drop shadow around a card gives no tokens, no gradient and no photo", () => {
    const img = canvas(400, 300, "#f4f4f5");
    // Box shadow: darkness falls off with the distance to the card (blur ~ 24 px).
    for (let y = 0; y < 300; y++) {
      for (let x = 0; x < 400; x++) {
        const dx = Math.max(100 - x, 0, x - 300);
        const dy = Math.max(80 - y, 0, y - 224);
        const d = Math.hypot(dx, dy);
        if (d === 0 || d > 24) continue;
        const a = 0.12 * (1 - d / 24) ** 2;
        const v = (c: number) => Math.round(c * (1 - a));
        setPixel(img, x, y, [v(0xf4), v(0xf4), v(0xf5)]);
      }
    }
    fillRect(img, 100, 80, 300, 220, "#ffffff");
    const m = measureFrame(img, { frameId: "f" });
    expect(m.colors.map((c) => c.hex).sort()).toEqual(["#f4f4f5", "#ffffff"]);
    expect(m.gradients).toEqual([]);
    expect(m.frame.photos).toBe(0);
  });

  it("a banded (undithered) slow gradient → a gradient, not a dozen tokens", () => {
    const img = canvas(600, 300, "#ffffff");
    for (let y = 50; y < 250; y++) {
      for (let x = 50; x < 550; x++) {
        const t = (x - 50) / 499;
        setPixel(img, x, y, [Math.round(0x25 + (0x7c - 0x25) * t), Math.round(0x63 + (0x3a - 0x63) * t), Math.round(0xeb + (0xed - 0xeb) * t)]);
      }
    }
    const m = measureFrame(img, { frameId: "f" });
    expect(m.colors.map((c) => c.hex)).toEqual(["#ffffff"]);
    expect(m.gradients).toHaveLength(1);
    expect(Math.abs((m.gradients[0]!.angle % 180) - 90)).toBeLessThanOrEqual(3);
    expect(m.gradients[0]!.stops.map((s) => s.hex)).toEqual(["#2563eb", "#7c3aed"]);
  });

  it("keeps a real gray text color even when black and white are both present", () => {
    const img = canvas(420, 160, "#ffffff");
    fillRect(img, 300, 100, 400, 150, "#000000");
    drawGlyphs(img, 10, 20, 24, 14, "#666666");
    expect(hexes(img)).toEqual(["#000000", "#666666", "#ffffff"]);
  });
});
