import type { SpacingContext, SpacingToken } from "../../../contract/tokens.js";
import { spacingId, spacingName } from "../../naming/spacing-names.js";
import type { MeasuredSpacing } from "../../types.js";
import { baseTolerance, inferBase, offBase } from "./infer-base.js";

/** One frame's spacing, as measureSpacing returned it (px at 1x). */
export interface FrameSpacing {
  frameId: string;
  spacing: MeasuredSpacing[];
  baseUnit: number | null;
}

interface Pool {
  count: number;
  contexts: Map<SpacingContext, number>;
  frames: Set<string>;
}

/**
 * Merges the spacing of several frames into tokens (px at 1x, ascending).
 * Base unit: the frames' base when they all agree, else inferred again on the pooled values.
 * Values within the base tolerance of a multiple snap to it (so 15 and 16 become one 16 on base 8).
 * Ids derive from the value (`s-16`), names from spacingName, `namingSource: "heuristic"`.
 */
export function mergeSpacing(list: FrameSpacing[]): { spacing: SpacingToken[]; baseUnit: number | null } {
  const bases = [...new Set(list.filter((f) => f.spacing.length).map((f) => f.baseUnit))];
  const raw = new Map<number, number>();
  for (const f of list) for (const s of f.spacing) raw.set(s.px, (raw.get(s.px) ?? 0) + s.count);
  const baseUnit = bases.length === 1 ? bases[0]! : inferBase([...raw].map(([px, count]) => ({ px, count })));
  const tol = baseUnit ? baseTolerance(baseUnit) : 0;

  const pools = new Map<number, Pool>();
  for (const f of list) {
    for (const s of f.spacing) {
      const px = baseUnit && offBase(s.px, baseUnit) <= tol ? Math.max(1, Math.round(s.px / baseUnit)) * baseUnit : s.px;
      const pool = pools.get(px) ?? { count: 0, contexts: new Map(), frames: new Set<string>() };
      pool.count += s.count;
      for (const c of s.contexts) pool.contexts.set(c.context, (pool.contexts.get(c.context) ?? 0) + c.count);
      pool.frames.add(f.frameId);
      pools.set(px, pool);
    }
  }
  const spacing: SpacingToken[] = [...pools]
    .filter(([px]) => px > 0 && px <= 2000)
    .sort(([a], [b]) => a - b)
    .map(([px, p]) => ({
      id: spacingId(px),
      px,
      name: spacingName(px, baseUnit),
      count: p.count,
      contexts: [...p.contexts].map(([context, count]) => ({ context, count })).sort((a, b) => b.count - a.count || a.context.localeCompare(b.context)),
      frames: [...p.frames],
      namingSource: "heuristic" as const,
    }));
  return { spacing, baseUnit };
}
