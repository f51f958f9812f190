import { ExportError } from "../types.js";
import { ROOT_TOKEN_KEY } from "./constants.js";

/** A token found in a DTCG document, before its value is interpreted. */
export interface RawToken {
  /** Group path from the document root; a `$root` token has its group's path. */
  path: string[];
  /** Reference key as written in aliases: `color.blue.600` or `color.blue.$root`. */
  ref: string;
  type: string | undefined;
  value: unknown;
  description: string | undefined;
  extensions: Record<string, unknown>;
}

const MAX_DEPTH = 32;
const MAX_TOKENS = 20_000;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A legacy (pre-2025 `value`/`type`) token: `value` that is not itself a group of tokens. */
function isLegacyToken(node: Record<string, unknown>): boolean {
  if (!("value" in node)) return false;
  const v = node.value;
  if (!isRecord(v)) return true;
  if ("$value" in v) return false;
  return !("value" in v) || "unit" in v;
}

/** A token node's fields (`$value` form first, legacy `value`/`type` tolerated), or null for a group. */
function tokenFields(node: Record<string, unknown>): { value: unknown; type: unknown; description: unknown; extensions: unknown } | null {
  if ("$value" in node) return { value: node.$value, type: node.$type, description: node.$description, extensions: node.$extensions };
  if (isLegacyToken(node)) return { value: node.value, type: node.$type ?? node.type, description: node.$description ?? node.description, extensions: node.$extensions ?? node.extensions };
  return null;
}

/**
 * Walk a DTCG (2025.10, or legacy `value`/`type`) document and collect every token with its inherited
 * `$type`. Throws `invalid_dtcg` when the document is not an object, nests deeper than 32 levels or
 * holds more than 20 000 tokens.
 */
export function walkDtcg(doc: unknown): { tokens: RawToken[]; rootExtensions: Record<string, unknown> } {
  if (!isRecord(doc)) throw new ExportError("invalid_dtcg", "a DTCG document must be a JSON object");
  const tokens: RawToken[] = [];

  const visit = (node: Record<string, unknown>, path: string[], inherited: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) throw new ExportError("invalid_dtcg", `groups nest deeper than ${MAX_DEPTH} levels`, path.join("."));
    const groupType = typeof node.$type === "string" ? node.$type : typeof node.type === "string" ? node.type : inherited;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith("$") && key !== ROOT_TOKEN_KEY) continue;
      if (!isRecord(child)) continue;
      const isRoot = key === ROOT_TOKEN_KEY;
      const childPath = isRoot ? path : [...path, key];
      const fields = tokenFields(child);
      if (fields) {
        if (tokens.length >= MAX_TOKENS) throw new ExportError("invalid_dtcg", `more than ${MAX_TOKENS} tokens`);
        tokens.push({
          path: childPath,
          ref: [...path, key].join("."),
          type: typeof fields.type === "string" ? fields.type : groupType,
          value: fields.value,
          description: typeof fields.description === "string" ? fields.description : undefined,
          extensions: isRecord(fields.extensions) ? fields.extensions : {},
        });
      } else if (!isRoot) {
        visit(child, childPath, groupType, depth + 1);
      }
    }
  };
  visit(doc, [], undefined, 0);
  return { tokens, rootExtensions: isRecord(doc.$extensions) ? doc.$extensions : {} };
}

const ALIAS = /^\{([^{}]+)\}$/;

/** The reference inside an alias string (`"{color.blue.600}"` → `color.blue.600`), else null. */
export function aliasTarget(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = ALIAS.exec(value.trim());
  return m ? m[1] : null;
}

/**
 * Follow an alias chain to the token that holds a literal value. Accepts references to a `$root`
 * token by its group path too. Throws `dtcg_alias` for a missing target or a cycle.
 */
export function resolveAlias(start: RawToken, byRef: Map<string, RawToken>): RawToken {
  let current = start;
  const seen = new Set<string>([start.ref]);
  for (let target = aliasTarget(current.value); target !== null; target = aliasTarget(current.value)) {
    const next = byRef.get(target) ?? byRef.get(`${target}.${ROOT_TOKEN_KEY}`);
    if (!next) throw new ExportError("dtcg_alias", `alias {${target}} points to no token`, start.ref);
    if (seen.has(next.ref)) throw new ExportError("dtcg_alias", `alias cycle through {${target}}`, start.ref);
    seen.add(next.ref);
    current = next;
  }
  return current;
}
