import type { SyncRequest, SyncResult } from "../../shared/protocol/endpoints";
import { RpcError } from "../../shared/protocol/wire";
import type { CollectionLike, FigmaApi, VariableLike } from "./figma-api";
import { planSync, type PlannedVariable, type SyncPlan } from "./plan-sync";
import { desiredVariables, targetModes, type DesiredVariable } from "./sync-desired";
import { DATA_KEYS, findCollection, readVariableStateAsync } from "./variable-state";

/** Reads the file once and plans the sync (used by both preview and apply). */
export async function planSyncAsync(figma: Pick<FigmaApi, "variables">, request: SyncRequest): Promise<SyncPlan> {
  const state = await readVariableStateAsync(figma);
  const collection = findCollection(state, request.collectionName);
  const modeName = primaryModeName(collection, request);
  return planSync(state, collection, targetModes(request.tokens, modeName), desiredVariables(request.tokens, modeName));
}

/** The chosen mode, or the existing collection's default mode when it lacks that mode and `addMode` isn't set. */
export function primaryModeName(collection: CollectionLike | undefined, request: Pick<SyncRequest, "modeName" | "addMode" | "tokens">): string {
  if (!collection || request.addMode || collection.modes.some((m) => m.name === request.modeName)) return request.modeName;
  const fallback = collection.modes.filter((m) => m.modeId === collection.defaultModeId)[0]?.name ?? request.modeName;
  // A set mode that already exists under the fallback's name would collide: keep the request then.
  return request.tokens.modes.slice(1).indexOf(fallback) >= 0 ? request.modeName : fallback;
}

/** Creates the collection (primary mode renamed to the chosen name) and any missing modes; undoes its own additions on failure. */
function ensureModes(figma: Pick<FigmaApi, "variables">, plan: SyncPlan, collectionName: string): { collection: CollectionLike; modeIds: Map<string, string> } {
  const created = !plan.collection;
  const collection = plan.collection ?? figma.variables.createVariableCollection(collectionName);
  if (created) {
    collection.setPluginData(DATA_KEYS.collection, "1");
    collection.renameMode(collection.defaultModeId, plan.modes[0].name);
  }
  const modeIds = new Map<string, string>();
  const added: string[] = [];
  for (const [i, mode] of plan.modes.entries()) {
    const existing = created && i === 0 ? collection.defaultModeId : mode.modeId;
    if (existing) {
      modeIds.set(mode.name, existing);
      continue;
    }
    try {
      const id = collection.addMode(mode.name);
      added.push(id);
      modeIds.set(mode.name, id);
    } catch (error) {
      const have = collection.modes.length;
      for (const id of added) collection.removeMode(id);
      if (created) collection.remove();
      const detail = error instanceof Error ? error.message : String(error);
      throw new RpcError(
        "mode_limit",
        `Figma didn't allow a new mode "${mode.name}" in "${collectionName}" (it has ${have}; your plan may limit modes per collection — Starter allows 1). Sync one mode only, or use a plan with more modes. Nothing was written. (${detail})`,
      );
    }
  }
  return { collection, modeIds };
}

function writeValues(variable: VariableLike, d: DesiredVariable, modes: string[], modeIds: Map<string, string>): void {
  for (const m of modes) {
    const id = modeIds.get(m);
    const value = d.values[m];
    if (id && value !== undefined) variable.setValueForMode(id, value);
  }
}

function writeMeta(variable: VariableLike, d: DesiredVariable): void {
  if (variable.codeSyntax.WEB !== d.webSyntax) variable.setVariableCodeSyntax("WEB", d.webSyntax);
  if (d.description !== undefined && variable.description !== d.description) variable.description = d.description;
  variable.setPluginData(DATA_KEYS.tokenId, d.tokenId);
  variable.setPluginData(DATA_KEYS.syncedName, d.name);
}

type Counts = { created: number; updated: number; renamed: number; unchanged: number };

function writeItem(figma: Pick<FigmaApi, "variables">, item: PlannedVariable, collection: CollectionLike, allModes: string[], modeIds: Map<string, string>, counts: Counts): void {
  const d = item.desired;
  if (item.kind === "create") {
    const v = figma.variables.createVariable(d.name, collection, d.type);
    // Every mode gets the primary value first, then the token's own per-mode values.
    for (const m of collection.modes) v.setValueForMode(m.modeId, d.primary);
    writeValues(v, d, allModes, modeIds);
    v.scopes = d.scopes;
    writeMeta(v, d);
    counts.created++;
    return;
  }
  const v = item.variable as VariableLike;
  if (item.kind === "rename") v.name = item.name;
  writeValues(v, d, item.changedModes, modeIds);
  writeMeta(v, d);
  if (item.kind === "rename") counts.renamed++;
  else if (item.kind === "change") counts.updated++;
  else counts.unchanged++;
}

/**
 * Writes the plan in one batch and one undo step: creates missing variables, updates values in
 * place, renames, never deletes. Scopes are set on variables it creates (a designer's scope edits
 * on existing variables are kept). Reports counts with `figma.notify`.
 */
export async function applySyncAsync(figma: Pick<FigmaApi, "variables" | "notify" | "commitUndo">, request: SyncRequest): Promise<SyncResult> {
  const plan = await planSyncAsync(figma, request);
  const { collection, modeIds } = ensureModes(figma, plan, request.collectionName);
  const allModes = collection.modes.map((m) => m.name);
  const counts = { created: 0, updated: 0, renamed: 0, unchanged: 0 };
  let current = "";
  try {
    for (const item of plan.items) {
      current = item.name;
      writeItem(figma, item, collection, allModes, modeIds, counts);
    }
  } catch (error) {
    // Keep what was written as one undo step so a single Ctrl+Z reverts the partial sync.
    figma.commitUndo();
    const done = counts.created + counts.updated + counts.renamed;
    figma.notify(`Copy That: sync stopped at ${current}`.slice(0, 100), { error: true });
    throw new RpcError(
      "sync_failed",
      `Figma refused ${current}: ${error instanceof Error ? error.message : String(error)}. ${done} variable(s) were written before it; undo once to revert them.`,
    );
  }
  figma.commitUndo();
  const parts = [`${counts.created} created`, `${counts.updated} updated`, `${counts.renamed} renamed`];
  if (plan.conflicts.length) parts.push(`${plan.conflicts.length} skipped`);
  figma.notify(`Copy That: ${parts.join(", ")} in ${collection.name}`.slice(0, 100));
  return { ...counts, collectionId: collection.id, conflicts: plan.conflicts.length };
}
