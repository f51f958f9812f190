import type { ColorToken, SpacingToken, TokenSet } from "../../../shared/contract/tokens.js";

/** Same rule as the contract's TokenNameSchema (kept here as a regex so the UI needs no schema for it). */
const NAME_RE = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Typed failure of an edit, with a stable code for the UI. */
export class EditError extends Error {
  constructor(
    readonly code: "invalid_name" | "duplicate_name" | "not_found" | "same_token",
    message: string,
  ) {
    super(message);
    this.name = "EditError";
  }
}

/** Turns what a designer typed ("Brand Primary", "color / brand") into a slash path of kebab segments. */
export function normalizeName(input: string, group: "color" | "spacing"): string {
  const segments = input
    .trim()
    .toLowerCase()
    .split("/")
    .map((s) => s.trim().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter(Boolean);
  if (segments[0] !== group) segments.unshift(group);
  return segments.join("/");
}

function allNames(tokens: TokenSet, exceptId: string): Set<string> {
  const names = new Set<string>();
  for (const t of [...tokens.colors, ...tokens.spacing, ...tokens.gradients]) if (t.id !== exceptId) names.add(t.name);
  return names;
}

/** Renames a color or spacing token (marked as named by the user). Throws EditError on a bad or taken name. */
export function renameToken(tokens: TokenSet, id: string, input: string): TokenSet {
  const isColor = tokens.colors.some((c) => c.id === id);
  if (!isColor && !tokens.spacing.some((s) => s.id === id)) throw new EditError("not_found", `No token ${id}`);
  const name = normalizeName(input, isColor ? "color" : "spacing");
  if (!NAME_RE.test(name) || name.split("/").length < 2) throw new EditError("invalid_name", "Use letters, digits and dashes, with / between groups.");
  if (allNames(tokens, id).has(name)) throw new EditError("duplicate_name", `“${name}” is already used by another token.`);
  const rename = <T extends ColorToken | SpacingToken>(t: T): T => (t.id === id ? { ...t, name, namingSource: "user" } : t);
  return { ...tokens, colors: tokens.colors.map(rename), spacing: tokens.spacing.map(rename) };
}

/** Removes a token from the working set (it stays restorable from the original response). */
export function excludeToken(tokens: TokenSet, id: string): TokenSet {
  return { ...tokens, colors: tokens.colors.filter((c) => c.id !== id), spacing: tokens.spacing.filter((s) => s.id !== id) };
}

/** Puts an excluded token back; if its name is taken meanwhile, a numeric suffix keeps names unique. */
export function restoreToken(tokens: TokenSet, original: TokenSet, id: string): TokenSet {
  const color = original.colors.find((c) => c.id === id);
  const spacing = original.spacing.find((s) => s.id === id);
  const token = color ?? spacing;
  if (!token) throw new EditError("not_found", `No token ${id}`);
  if (tokens.colors.some((c) => c.id === id) || tokens.spacing.some((s) => s.id === id)) return tokens;
  const names = allNames(tokens, id);
  let name = token.name;
  for (let n = 2; names.has(name); n++) name = `${token.name}-${n}`;
  if (color) return { ...tokens, colors: [...tokens.colors, { ...color, name }].sort((a, b) => b.coverage - a.coverage) };
  return { ...tokens, spacing: [...tokens.spacing, { ...spacing!, name }].sort((a, b) => a.px - b.px) };
}

/**
 * Merges color `dropId` into `keepId`: the kept token keeps its measured hex and name, and
 * absorbs the dropped one's coverage, per-frame shares and usages. The dropped token goes away.
 */
export function mergeColors(tokens: TokenSet, keepId: string, dropId: string): TokenSet {
  if (keepId === dropId) throw new EditError("same_token", "Pick two different colors to merge.");
  const keep = tokens.colors.find((c) => c.id === keepId);
  const drop = tokens.colors.find((c) => c.id === dropId);
  if (!keep || !drop) throw new EditError("not_found", "Both colors must be in the set.");
  const frames = new Map(keep.frames.map((f) => [f.frame, f.coverage]));
  for (const f of drop.frames) frames.set(f.frame, Math.min(1, (frames.get(f.frame) ?? 0) + f.coverage));
  const merged: ColorToken = {
    ...keep,
    coverage: Math.min(1, keep.coverage + drop.coverage),
    frames: [...frames].map(([frame, coverage]) => ({ frame, coverage })),
    usage: [...new Set([...keep.usage, ...drop.usage])],
  };
  return { ...tokens, colors: tokens.colors.filter((c) => c.id !== dropId).map((c) => (c.id === keepId ? merged : c)) };
}

/** Tokens of the original response that are not in the working set (excluded or merged away). */
export function excludedTokens(tokens: TokenSet, original: TokenSet): { colors: ColorToken[]; spacing: SpacingToken[] } {
  const colorIds = new Set(tokens.colors.map((c) => c.id));
  const spacingIds = new Set(tokens.spacing.map((s) => s.id));
  return { colors: original.colors.filter((c) => !colorIds.has(c.id)), spacing: original.spacing.filter((s) => !spacingIds.has(s.id)) };
}
