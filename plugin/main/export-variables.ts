import type { ColorRole, ColorToken, SpacingToken, TokenSet } from "../../shared/contract/tokens";
import { RpcError } from "../../shared/protocol/wire";
import type { FigmaApi, VariableLike } from "./figma-api";
import { paletteName } from "./palette-name";
import { DATA_KEYS, readVariableStateAsync, resolveValue, variablesOf, type ResolvedValue } from "./variable-state";

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

/** A Figma variable name → a contract token name under `group` (`Brand/Primary 500` → `color/brand/primary-500`). */
export function tokenNameFromVariable(name: string, group: "color" | "spacing"): string {
  const segments = name.split("/").map(slug).filter((s) => s.length > 0);
  if (segments[0] !== group) segments.unshift(group);
  return segments.join("/");
}

/** Guesses a color's role from its name (`text/muted` → text-muted, `border/…` → border). */
export function roleFromName(name: string): ColorRole {
  const n = name.toLowerCase();
  const rules: [RegExp, ColorRole][] = [
    [/text.*(muted|subtle|secondary)|(muted|subtle|secondary).*text/, "text-muted"],
    [/text|foreground|\bfg\b|\bon-/, "text"],
    [/border|stroke|outline|divider/, "border"],
    [/surface|card|panel/, "surface"],
    [/background|\bbg\b|canvas/, "background"],
    [/primary|brand/, "primary"],
    [/accent|secondary/, "accent"],
    [/success|positive/, "success"],
    [/warning|caution/, "warning"],
    [/danger|error|negative|destructive/, "danger"],
    [/neutral|gray|grey/, "neutral"],
  ];
  for (const [re, role] of rules) if (re.test(n)) return role;
  return "other";
}

const unique = (name: string, taken: Set<string>) => {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name}-${i}`;
  taken.add(out);
  return out;
};

const tokenId = (v: VariableLike) => (v.getPluginData(DATA_KEYS.tokenId) || `figma-${v.id}`).slice(0, 64);

/**
 * The collection's variables (every mode, aliases resolved) as a token set, so the UI can run
 * the exporters without a backend. COLOR → color tokens, FLOAT → spacing tokens; other types,
 * unresolvable aliases and spacing values outside 0 < px ≤ 2000 are left out.
 */
export async function exportVariablesAsync(figma: Pick<FigmaApi, "variables">, collectionId: string): Promise<TokenSet> {
  const state = await readVariableStateAsync(figma);
  const collection = state.collectionsById.get(collectionId);
  if (!collection) throw new RpcError("collection_not_found", `No local variable collection with id ${collectionId}.`);
  const [primary, ...others] = collection.modes;
  const colors: ColorToken[] = [];
  const spacing: SpacingToken[] = [];
  const taken = new Set<string>();
  const valueIn = (v: VariableLike, modeId: string): ResolvedValue => resolveValue(state, v.valuesByMode[modeId], modeId);
  for (const v of variablesOf(state, collection)) {
    const base = valueIn(v, primary.modeId);
    if (v.resolvedType === "COLOR" && base && typeof base === "object") {
      const modeValues: Record<string, string> = {};
      for (const m of others) {
        const value = valueIn(v, m.modeId);
        if (value && typeof value === "object") modeValues[m.name] = value.hex;
      }
      const token: ColorToken = {
        id: tokenId(v), hex: base.hex, name: unique(tokenNameFromVariable(v.name, "color"), taken), role: roleFromName(v.name),
        palette: paletteName(base.hex), coverage: 0, frames: [], usage: [], namingSource: "imported",
      };
      if (base.alpha < 1) token.alpha = base.alpha;
      if (others.length) token.modeValues = modeValues;
      if (v.description) token.description = v.description.slice(0, 500);
      colors.push(token);
    } else if (v.resolvedType === "FLOAT" && typeof base === "number" && base > 0 && base <= 2000) {
      const modeValues: Record<string, number> = {};
      for (const m of others) {
        const value = valueIn(v, m.modeId);
        if (typeof value === "number" && value > 0 && value <= 2000) modeValues[m.name] = value;
      }
      const token: SpacingToken = { id: tokenId(v), px: base, name: unique(tokenNameFromVariable(v.name, "spacing"), taken), count: 0, contexts: [], frames: [], namingSource: "imported" };
      if (others.length) token.modeValues = modeValues;
      if (v.description) token.description = v.description.slice(0, 500);
      spacing.push(token);
    }
  }
  return { colors, spacing, gradients: [], baseUnit: null, modes: collection.modes.map((m) => m.name.slice(0, 60) || "Default") };
}
