import type { CollectionLike, FigmaApi, VariableLike } from "./figma-api";
import { isAlias, isRgb, rgbaToHex } from "./color-value";

/** Plugin-data keys stored on variables and collections. */
export const DATA_KEYS = { tokenId: "tokenId", syncedName: "syncedName", collection: "copyThatCollection" } as const;

/** Every local variable and collection, read once; lookups are map hits from here on. */
export interface VariableState {
  collections: CollectionLike[];
  variablesById: Map<string, VariableLike>;
  collectionsById: Map<string, CollectionLike>;
}

/** One `getLocalVariableCollectionsAsync` + one `getLocalVariablesAsync`, then maps. */
export async function readVariableStateAsync(figma: Pick<FigmaApi, "variables">): Promise<VariableState> {
  const [collections, variables] = await Promise.all([figma.variables.getLocalVariableCollectionsAsync(), figma.variables.getLocalVariablesAsync()]);
  const variablesById = new Map<string, VariableLike>();
  for (const v of variables) variablesById.set(v.id, v);
  const collectionsById = new Map<string, CollectionLike>();
  for (const c of collections) collectionsById.set(c.id, c);
  return { collections, variablesById, collectionsById };
}

/** The collection called `name`; when several share it, the one Copy That created first. */
export function findCollection(state: VariableState, name: string): CollectionLike | undefined {
  const named = state.collections.filter((c) => c.name === name);
  return named.filter((c) => c.getPluginData(DATA_KEYS.collection) === "1")[0] ?? named[0];
}

/** The variables of one collection, in the collection's order. */
export function variablesOf(state: VariableState, collection: CollectionLike): VariableLike[] {
  const out: VariableLike[] = [];
  for (const id of collection.variableIds) {
    const v = state.variablesById.get(id);
    if (v) out.push(v);
  }
  return out;
}

/** A resolved variable value: COLOR → hex + alpha, FLOAT → number; null when it can't be resolved. */
export type ResolvedValue = { hex: string; alpha: number } | number | string | boolean | null;

/**
 * Resolves a value in `modeId`, following aliases (cycle-safe). An alias into another
 * collection is read in that collection's default mode.
 */
export function resolveValue(state: VariableState, value: VariableValue | undefined, modeId: string, depth = 0): ResolvedValue {
  if (value === undefined || depth > 20) return null;
  if (isAlias(value)) {
    const target = state.variablesById.get(value.id);
    if (!target) return null;
    const sameCollection = target.valuesByMode[modeId] !== undefined;
    const targetMode = sameCollection ? modeId : state.collectionsById.get(target.variableCollectionId)?.defaultModeId;
    return targetMode ? resolveValue(state, target.valuesByMode[targetMode], targetMode, depth + 1) : null;
  }
  if (isRgb(value)) return rgbaToHex(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}
