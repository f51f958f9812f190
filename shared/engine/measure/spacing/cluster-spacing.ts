import type { SpacingContext } from "../../../contract/tokens.js";
import type { MeasuredSpacing } from "../../types.js";
import { baseTolerance, offBase } from "./infer-base.js";

/** A measurement at 1x. */
export interface Gap1x {
  px: number;
  context: SpacingContext;
}

/** Measurements pooled on one value. */
export interface Cluster {
  px: number;
  count: number;
  contexts: Map<SpacingContext, number>;
}

/** Minimum count for a value on the base, and for one off the base. */
export const SUPPORT_ON_BASE = 2;
export const SUPPORT_OFF_BASE = 3;

function absorb(into: Cluster, from: Cluster): void {
  into.count += from.count;
  for (const [c, n] of from.contexts) into.contexts.set(c, (into.contexts.get(c) ?? 0) + n);
}

/**
 * Pools 1x measurements (rounded to 0.5 px) and merges values within ±1 px into the more
 * frequent one (ties: the even, then the smaller value), so 11/12 or 15/16 become one value.
 */
export function clusterGaps(gaps: Gap1x[]): Cluster[] {
  const byPx = new Map<number, Cluster>();
  for (const g of gaps) {
    const px = Math.round(g.px * 2) / 2;
    const c = byPx.get(px) ?? { px, count: 0, contexts: new Map<SpacingContext, number>() };
    c.count++;
    c.contexts.set(g.context, (c.contexts.get(g.context) ?? 0) + 1);
    byPx.set(px, c);
  }
  const order = [...byPx.values()].sort((a, b) => b.count - a.count || (a.px % 2) - (b.px % 2) || a.px - b.px);
  const done = new Set<number>();
  for (const c of order) {
    if (!byPx.has(c.px) || done.has(c.px)) continue;
    done.add(c.px);
    for (const o of order) {
      if (o === c || done.has(o.px) || !byPx.has(o.px) || Math.abs(o.px - c.px) > 1) continue;
      absorb(c, o);
      byPx.delete(o.px);
      done.add(o.px);
    }
  }
  return [...byPx.values()].sort((a, b) => a.px - b.px);
}

/**
 * The spacing scale actually used: values within the base tolerance snap to its multiples;
 * one-off noise is rejected — on-base values need ≥ 2 measurements (or lie below the largest
 * supported on-base value), off-base ones ≥ 3 and a real share (≥ 20 % of all measurements with
 * a base, ≥ 10 % without).
 */
export function selectSpacing(clusters: Cluster[], base: number | null): MeasuredSpacing[] {
  const tol = base ? baseTolerance(base) : 0;
  const snapped = new Map<number, Cluster>();
  for (const c of clusters) {
    const px = base && offBase(c.px, base) <= tol ? Math.max(1, Math.round(c.px / base)) * base : c.px;
    const into = snapped.get(px) ?? { px, count: 0, contexts: new Map<SpacingContext, number>() };
    absorb(into, c);
    snapped.set(px, into);
  }
  const total = clusters.reduce((n, c) => n + c.count, 0);
  const onBase = (px: number) => base !== null && offBase(px, base) === 0;
  // An on-base value seen once still counts when it fills a step inside the supported scale
  // (it does not extend it): large one-off distances are layout leftovers.
  const top = Math.max(0, ...[...snapped.values()].filter((c) => onBase(c.px) && c.count >= SUPPORT_ON_BASE).map((c) => c.px));
  const out: MeasuredSpacing[] = [];
  for (const c of snapped.values()) {
    const keep = onBase(c.px) ? c.count >= SUPPORT_ON_BASE || c.px < top : c.count >= SUPPORT_OFF_BASE && c.count >= (base ? 0.2 : 0.1) * total;
    if (!keep) continue;
    const contexts = [...c.contexts].map(([context, count]) => ({ context, count })).sort((a, b) => b.count - a.count || a.context.localeCompare(b.context));
    out.push({ px: c.px, count: c.count, contexts });
  }
  return out.sort((a, b) => a.px - b.px);
}
