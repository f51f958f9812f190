import { z } from "zod";
import { ColorRoleSchema, type ColorToken, type SpacingToken, type TokenSet } from "../../shared/contract/tokens.js";
import type { CandidateIndex } from "./candidate-table.js";
import { normalizeTokenName, uniqueName } from "./normalize-name.js";

/** Lenient item shape: each field is checked on its own so one bad field doesn't lose the others. */
const LooseItem = z.object({
  id: z.string(),
  name: z.unknown().optional(),
  role: z.unknown().optional(),
  description: z.unknown().optional(),
  noise: z.unknown().optional(),
});

/** Counters of what was repaired or ignored in a reply. */
export interface ReplyIssues {
  unknownIds: number;
  duplicateIds: number;
  badItems: number;
  invalidNames: number;
  invalidRoles: number;
  renamedDuplicates: number;
  /** Tokens the reply did not name (they keep their heuristic names). */
  missing: number;
  noise: number;
}

export interface AppliedReply {
  tokens: TokenSet;
  /** Tokens that took a Claude name. */
  named: number;
  issues: ReplyIssues;
}

interface Suggestion {
  name: string | null;
  role?: ColorToken["role"];
  description?: string;
  noise: boolean;
}

function cleanDescription(raw: unknown, noise: boolean): string | undefined {
  const text = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim().slice(0, 200) : "";
  if (noise) return `Likely noise (flagged by Claude)${text ? `: ${text}` : ""}`;
  return text || undefined;
}

function collect(items: unknown, kind: "color" | "spacing", index: CandidateIndex, issues: ReplyIssues): Map<string, Suggestion> {
  const byId = new Map<string, Suggestion>();
  if (!Array.isArray(items)) return byId;
  const known = kind === "color" ? index.colors : index.spacing;
  for (const item of items) {
    const parsed = LooseItem.safeParse(item);
    if (!parsed.success) {
      issues.badItems++;
      continue;
    }
    const { id, name, role, description, noise } = parsed.data;
    const alias = known.has(id) ? id : index.aliasOf.get(`${kind}:${id}`);
    const token = alias ? known.get(alias) : undefined;
    if (!token) {
      issues.unknownIds++;
      continue;
    }
    if (byId.has(token.id)) {
      issues.duplicateIds++;
      continue;
    }
    const normalized = typeof name === "string" ? normalizeTokenName(name, kind) : null;
    if (!normalized) issues.invalidNames++;
    const s: Suggestion = { name: normalized, noise: noise === true, description: cleanDescription(description, noise === true) };
    if (s.noise) issues.noise++;
    if (kind === "color") {
      const r = ColorRoleSchema.safeParse(role);
      if (r.success) s.role = r.data;
      else issues.invalidRoles++;
    }
    byId.set(token.id, s);
  }
  return byId;
}

/**
 * Maps a parsed reply onto the measured tokens. Only names, roles and descriptions change;
 * ids and values always come from `tokens`. Unknown or duplicate ids are ignored, names are
 * repaired into valid unique paths (or dropped), and tokens without a usable suggestion keep
 * their heuristic names. Every measured token is kept (noise is marked in `description`).
 * Returns null when the reply is not an object with `colors`/`spacing` arrays.
 */
export function applyReply(reply: unknown, tokens: TokenSet, index: CandidateIndex): AppliedReply | null {
  if (!reply || typeof reply !== "object" || Array.isArray(reply)) return null;
  const { colors, spacing } = reply as { colors?: unknown; spacing?: unknown };
  if (!Array.isArray(colors) && !Array.isArray(spacing)) return null;
  const issues: ReplyIssues = { unknownIds: 0, duplicateIds: 0, badItems: 0, invalidNames: 0, invalidRoles: 0, renamedDuplicates: 0, missing: 0, noise: 0 };
  const colorHints = collect(colors, "color", index, issues);
  const spacingHints = collect(spacing, "spacing", index, issues);

  // Names kept by tokens Claude does not rename are reserved first, so a Claude name never collides with them.
  const taken = new Set<string>();
  for (const t of tokens.colors) if (!colorHints.get(t.id)?.name) taken.add(t.name);
  for (const t of tokens.spacing) if (!spacingHints.get(t.id)?.name) taken.add(t.name);
  for (const g of tokens.gradients) taken.add(g.name);

  let named = 0;
  const rename = <T extends ColorToken | SpacingToken>(t: T, s: Suggestion | undefined): T => {
    if (!s) {
      issues.missing++;
      return t;
    }
    const next = { ...t };
    if (s.name) {
      const unique = uniqueName(s.name, taken);
      if (unique !== s.name) issues.renamedDuplicates++;
      next.name = unique;
      next.namingSource = "claude";
      named++;
    }
    if (s.description) next.description = s.description;
    return next;
  };
  const outColors = tokens.colors.map((t) => {
    const s = colorHints.get(t.id);
    const next = rename(t, s);
    if (s?.role) next.role = s.role;
    return next;
  });
  const outSpacing = tokens.spacing.map((t) => rename(t, spacingHints.get(t.id)));
  return { tokens: { ...tokens, colors: outColors, spacing: outSpacing }, named, issues };
}

/** A one-line account of what was repaired or ignored, or null when the reply was clean. */
export function describeIssues(i: ReplyIssues, total: number, named: number): string | null {
  const parts: string[] = [];
  if (i.unknownIds) parts.push(`${i.unknownIds} unknown id(s) ignored`);
  if (i.duplicateIds) parts.push(`${i.duplicateIds} duplicate entr${i.duplicateIds === 1 ? "y" : "ies"} ignored`);
  if (i.badItems) parts.push(`${i.badItems} malformed entr${i.badItems === 1 ? "y" : "ies"} ignored`);
  if (i.invalidNames) parts.push(`${i.invalidNames} invalid name(s) dropped`);
  if (i.invalidRoles) parts.push(`${i.invalidRoles} invalid role(s) dropped`);
  if (i.renamedDuplicates) parts.push(`${i.renamedDuplicates} duplicate name(s) suffixed`);
  if (i.missing) parts.push(`${i.missing} token(s) not covered by the reply`);
  if (!parts.length) return null;
  return `Claude named ${named} of ${total} tokens; ${parts.join(", ")}. The rest keep heuristic names.`;
}
