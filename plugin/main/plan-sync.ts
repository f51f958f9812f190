import type { SyncConflict, SyncEntry, SyncPreview } from "../../shared/protocol/endpoints";
import { formatColor, rgbaToHex } from "./color-value";
import type { CollectionLike, VariableLike } from "./figma-api";
import type { DesiredValue, DesiredVariable } from "./sync-desired";
import { DATA_KEYS, resolveValue, variablesOf, type ResolvedValue, type VariableState } from "./variable-state";

/** What the sync will do with one token. */
export interface PlannedVariable {
  kind: "create" | "change" | "rename" | "unchanged";
  desired: DesiredVariable;
  variable?: VariableLike;
  /** Final variable name (the Figma name is kept when the designer renamed the variable in Figma). */
  name: string;
  /** Modes (by name) whose value differs and will be written. */
  changedModes: string[];
  entry: SyncEntry;
}

/** The whole plan; the preview is its public view and `applySync` executes it. */
export interface SyncPlan {
  collection?: CollectionLike;
  modes: { name: string; modeId?: string }[];
  items: PlannedVariable[];
  conflicts: SyncConflict[];
  untouched: { variableId: string; name: string }[];
}

const display = (v: DesiredValue | ResolvedValue): string | number | undefined => {
  if (typeof v === "number" || typeof v === "string") return v;
  if (v && typeof v === "object" && "hex" in v) return formatColor(v.hex, v.alpha);
  if (v && typeof v === "object") {
    const c = rgbaToHex(v);
    return formatColor(c.hex, c.alpha);
  }
  return undefined;
};

const sameValue = (want: DesiredValue, have: ResolvedValue): boolean => {
  if (typeof want === "number") return typeof have === "number" && Math.abs(have - want) < 1e-6;
  if (!have || typeof have !== "object") return false;
  const w = rgbaToHex(want);
  return w.hex === have.hex && Math.abs(w.alpha - have.alpha) < 0.002;
};

/**
 * Matches tokens to the collection's variables — by the token id stored in plugin data first,
 * then by name — and decides create / change / rename / unchanged. Never plans a deletion;
 * a type clash, a duplicate or a taken name becomes a conflict and the token is skipped.
 */
export function planSync(state: VariableState, collection: CollectionLike | undefined, modeNames: string[], desired: DesiredVariable[]): SyncPlan {
  const modes = modeNames.map((name) => ({ name, modeId: collection?.modes.filter((m) => m.name === name)[0]?.modeId }));
  const existing = collection ? variablesOf(state, collection) : [];
  const byTokenId = new Map<string, VariableLike>();
  const byName = new Map<string, VariableLike>();
  for (const v of existing) {
    const id = v.getPluginData(DATA_KEYS.tokenId);
    if (id && !byTokenId.has(id)) byTokenId.set(id, v);
    byName.set(v.name, v);
  }
  const conflicts: SyncConflict[] = [];
  const claimed = new Map<string, string>();
  const seenTokens = new Set<string>();
  const matched = new Map<DesiredVariable, VariableLike>();
  const unique: DesiredVariable[] = [];
  for (const d of desired) {
    if (seenTokens.has(d.tokenId) || seenTokens.has(`name:${d.name}`)) {
      conflicts.push({ tokenId: d.tokenId, name: d.name, reason: "duplicate_token", message: `Another token in this set already uses the id or name ${d.name}.` });
      continue;
    }
    seenTokens.add(d.tokenId).add(`name:${d.name}`);
    unique.push(d);
  }
  // 1: stable id and name both match. 2: stable id — unless another token has exactly that
  // variable's name (values get re-measured, so an old id can reappear under a new name).
  // 3: name. A variable is claimed by one token only.
  const tokenNames = new Set(unique.map((d) => d.name));
  const candidate = (pass: number, d: DesiredVariable): VariableLike | undefined => {
    const v = pass === 3 ? byName.get(d.name) : byTokenId.get(d.tokenId);
    if (!v) return undefined;
    if (pass === 1) return v.name === d.name ? v : undefined;
    if (pass === 2) return tokenNames.has(v.name) && v.name !== d.name ? undefined : v;
    return v;
  };
  for (const pass of [1, 2, 3]) {
    for (const d of unique) {
      if (matched.has(d)) continue;
      const v = candidate(pass, d);
      if (!v) continue;
      if (claimed.has(v.id)) {
        if (pass === 3) conflicts.push({ tokenId: d.tokenId, name: d.name, variableId: v.id, reason: "duplicate_token", message: `${v.name} is already matched to another token.` });
        continue;
      }
      claimed.set(v.id, d.tokenId);
      matched.set(d, v);
    }
  }
  const items: PlannedVariable[] = [];
  const skipped = new Set(conflicts.map((c) => c.tokenId));
  for (const d of unique) {
    if (skipped.has(d.tokenId)) continue;
    const v = matched.get(d);
    const newValue = display(d.primary) as string | number;
    if (!v) {
      if (byName.has(d.name)) {
        conflicts.push({ tokenId: d.tokenId, name: d.name, variableId: byName.get(d.name)?.id, reason: "name_taken", message: `${d.name} already exists and belongs to another token.` });
        continue;
      }
      items.push({ kind: "create", desired: d, name: d.name, changedModes: Object.keys(d.values), entry: { tokenId: d.tokenId, name: d.name, type: d.type, newValue } });
      continue;
    }
    if (v.resolvedType !== d.type) {
      conflicts.push({ tokenId: d.tokenId, name: d.name, variableId: v.id, reason: "type_mismatch", message: `${v.name} is a ${v.resolvedType} variable; this ${d.type} token was skipped (nothing deleted).` });
      continue;
    }
    const syncedName = v.getPluginData(DATA_KEYS.syncedName);
    const renamedInFigma = v.name !== d.name && syncedName === d.name;
    const name = renamedInFigma ? v.name : d.name;
    if (name !== v.name && byName.has(name) && byName.get(name) !== v) {
      conflicts.push({ tokenId: d.tokenId, name: d.name, variableId: v.id, reason: "name_taken", message: `Can't rename ${v.name} to ${name}: that name is taken; value left as is.` });
      continue;
    }
    const changedModes: string[] = [];
    const modeChanges: NonNullable<SyncEntry["modeChanges"]> = [];
    for (const m of modes) {
      const want = d.values[m.name];
      if (want === undefined) continue;
      const have = m.modeId ? resolveValue(state, v.valuesByMode[m.modeId], m.modeId) : null;
      if (sameValue(want, have)) continue;
      changedModes.push(m.name);
      const old = display(have);
      modeChanges.push(old === undefined ? { mode: m.name, newValue: display(want) as string | number } : { mode: m.name, oldValue: old, newValue: display(want) as string | number });
    }
    const kind = name !== v.name ? "rename" : changedModes.length > 0 ? "change" : "unchanged";
    const entry: SyncEntry = { tokenId: d.tokenId, name, type: d.type, variableId: v.id, newValue };
    if (kind === "rename") entry.oldName = v.name;
    const primaryChange = modeChanges.filter((c) => c.mode === modes[0].name)[0];
    if (primaryChange?.oldValue !== undefined) entry.oldValue = primaryChange.oldValue;
    if (modeChanges.length > 0) entry.modeChanges = modeChanges;
    items.push({ kind, desired: d, variable: v, name, changedModes, entry });
  }
  const written = new Set(items.map((i) => i.variable?.id));
  const untouched = existing.filter((v) => !written.has(v.id));
  return { collection, modes, items, conflicts, untouched: untouched.map((v) => ({ variableId: v.id, name: v.name })) };
}

/** The diff the UI shows before anything is written. */
export function toPreview(plan: SyncPlan, collectionName: string): SyncPreview {
  const pick = (kind: PlannedVariable["kind"]) => plan.items.filter((i) => i.kind === kind).map((i) => i.entry);
  return {
    collection: { name: plan.collection?.name ?? collectionName, exists: plan.collection !== undefined },
    modes: plan.modes.map((m) => ({ name: m.name, exists: m.modeId !== undefined })),
    created: pick("create"),
    changed: pick("change"),
    renamed: pick("rename"),
    unchanged: pick("unchanged"),
    untouched: plan.untouched,
    conflicts: plan.conflicts,
  };
}
