/**
 * A node of the layout tree found by the XY-cut. Coordinates are device pixels,
 * half-open: [x0, x1) × [y0, y1).
 * - `box`:   a rectangle with uniform edges (a fill that differs from its backdrop and/or
 *            borders); `children` holds at most one node: what sits inside it.
 * - `shape`: a solid non-rectangular or non-uniform area (circle, pill, photo, gradient).
 * - `text`:  sparse, glyph-like content; its edges never measure spacing.
 * - `group`: siblings separated by empty bands along `axis`, in order.
 */
export interface Block {
  kind: "box" | "shape" | "text" | "group";
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  children: Block[];
  axis?: "x" | "y";
  /** Border widths [top, right, bottom, left] of a box, 0 where a side has none. */
  borders?: [number, number, number, number];
}

export type Side = "x0" | "y0" | "x1" | "y1";

/** True when the node's `side` edge is drawn by a visible box or shape (not text). */
export function visibleEdge(b: Block, side: Side): boolean {
  if (b.kind === "box" || b.kind === "shape") return true;
  if (b.kind === "text") return false;
  return b.children.some((c) => c[side] === b[side] && visibleEdge(c, side));
}
