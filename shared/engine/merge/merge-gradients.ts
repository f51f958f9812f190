import type { GradientToken } from "../../contract/tokens.js";
import { paletteName } from "../naming/palette-name.js";
import type { FrameMeasurement } from "../types.js";
import { gradientId } from "./stable-id.js";

/**
 * Merges gradients of several frames (same stops and angle → one token) and names them
 * `gradient/<first-stop palette>-to-<last-stop palette>`, unique with `-2`… suffixes.
 */
export function mergeGradients(frames: readonly FrameMeasurement[], totalPixels: number): GradientToken[] {
  const byId = new Map<string, GradientToken & { pixels: number }>();
  for (const f of frames) {
    const framePixels = f.frame.width * f.frame.height;
    for (const g of f.gradients) {
      const id = gradientId(g.stops, g.angle);
      const cur = byId.get(id) ?? { id, name: "", stops: g.stops, angle: g.angle, coverage: 0, frames: [], pixels: 0 };
      cur.pixels += g.coverage * framePixels;
      if (!cur.frames.includes(f.frame.id)) cur.frames.push(f.frame.id);
      byId.set(id, cur);
    }
  }
  const list = [...byId.values()].sort((a, b) => b.pixels - a.pixels || (a.id < b.id ? -1 : 1));
  const used = new Set<string>();
  return list.map(({ pixels, ...g }) => {
    const base = `gradient/${paletteName(g.stops[0]!.hex)}-to-${paletteName(g.stops[g.stops.length - 1]!.hex)}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { ...g, name, coverage: Math.min(1, pixels / (totalPixels || 1)) };
  });
}
