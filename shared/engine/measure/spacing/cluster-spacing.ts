import type { SpacingContext } from "../../../contract/tokens.js";
import type { MeasuredSpacing } from "../../types.js";
import { baseTolerance, offBase } from "./infer-base.js";

/** A measurement at 1x. */
export interface Gap1x {
  px: number;
  context: SpacingContext;
}

/** Minimum count for a value on the base, and for one off the base. */
export const SUPPORT_ON_BASE = 2;
export const SUPPORT_OFF_BASE = 3;

/**
 * Clusters 1x measurements: values within the base tolerance of a multiple snap to it; other
 * values merge with a neighbour ±1 px (the more frequent one wins). One-off noise is rejected:
 * on-base values need ≥ 2 measurements, off-base ones ≥ 3 and ≥ 10 % of all measurements.
 */
export function clusterSpacing(gaps: Gap1x[], base: number | null): MeasuredSpacing[] {
  const byPx = new Map<number, Map<SpacingContext, number>>();
  const add = (px: number, ctx: SpacingContext, n: number) => {
    const m = byPx.get(px) ?? new Map<SpacingContext, number>();
    m.set(ctx, (m.get(ctx) ?? 0) + n);
    byPx.set(px, m);
  };
  const tol = base ? baseTolerance(base) : 0;
  for (const g of gaps) {
    let px = Math.round(g.px * 2) / 2;
    if (base && offBase(px, base) <= tol) px = Math.max(1, Math.round(px / base)) * base;
    add(px, g.context, 1);
  }
  const countOf = (px: number) => [...(byPx.get(px)?.values() ?? [])].reduce((a, b) => a + b, 0);
  // Merge off-base values into a more frequent neighbour within ±1 px.
  const order = [...byPx.keys()].sort((a, b) => countOf(b) - countOf(a) || a - b);
  for (const px of order) {
    if (!byPx.has(px) || (base && offBase(px, base) === 0)) continue;
    const target = [...byPx.keys()].filter((o) => o !== px && Math.abs(o - px) <= 1 && countOf(o) >= countOf(px)).sort((a, b) => countOf(b) - countOf(a) || a - b)[0];
    if (target === undefined) continue;
    for (const [ctx, n] of byPx.get(px)!) add(target, ctx, n);
    byPx.delete(px);
  }
  const total = gaps.length;
  const out: MeasuredSpacing[] = [];
  for (const [px, ctxs] of byPx) {
    const count = countOf(px);
    const onBase = base !== null && offBase(px, base) === 0;
    const keep = onBase ? count >= SUPPORT_ON_BASE : count >= SUPPORT_OFF_BASE && count >= 0.1 * total;
    if (!keep) continue;
    const contexts = [...ctxs].map(([context, n]) => ({ context, count: n })).sort((a, b) => b.count - a.count || a.context.localeCompare(b.context));
    out.push({ px, count, contexts });
  }
  return out.sort((a, b) => a.px - b.px);
}
