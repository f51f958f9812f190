import type { TokenSet } from "../contract/tokens.js";
import { isColorRole, isTokenName } from "../contract/token-rules.js";

/** Result of checking a namer's output against the measured set. */
export interface VerifiedNames {
  tokens: TokenSet;
  /** Human-readable list of what had to be restored; empty when the namer behaved. */
  fixes: string[];
}

/**
 * Keeps only what a namer may change (name, role, description, namingSource) and restores
 * everything measured: every measured token comes back with its id and values, tokens the namer
 * invented are dropped, invalid or clashing names fall back to the heuristic name.
 */
export function verifyNamed(measured: TokenSet, named: TokenSet, source: "claude" | "heuristic"): VerifiedNames {
  const fixes: string[] = [];
  const used = new Set<string>();
  const claim = (wanted: string | undefined, fallback: string, id: string): string => {
    if (wanted !== undefined && isTokenName(wanted) && !used.has(wanted)) {
      used.add(wanted);
      return wanted;
    }
    if (wanted !== undefined) fixes.push(`name of ${id} was invalid or taken`);
    let name = fallback;
    for (let n = 2; used.has(name); n++) name = `${fallback}-${n}`;
    used.add(name);
    return name;
  };
  const pick = <T extends { id: string }>(list: readonly T[] | undefined, id: string): T | undefined => list?.find((t) => t.id === id);
  const noteMissing = (kind: string, id: string, found: unknown): void => {
    if (!found) fixes.push(`${kind} ${id} was missing`);
  };
  const colors = measured.colors.map((m) => {
    const n = pick(named.colors, m.id);
    noteMissing("color", m.id, n);
    if (n && (n.hex !== m.hex || n.alpha !== m.alpha)) fixes.push(`value of ${m.id} was changed`);
    const role = n && isColorRole(n.role) ? n.role : m.role;
    const description = n?.description ?? m.description;
    return {
      ...m,
      name: claim(n?.name, m.name, m.id),
      role,
      ...(description !== undefined ? { description } : {}),
      namingSource: n ? (n.namingSource ?? source) : m.namingSource,
    };
  });
  const spacing = measured.spacing.map((m) => {
    const n = pick(named.spacing, m.id);
    noteMissing("spacing", m.id, n);
    if (n && n.px !== m.px) fixes.push(`value of ${m.id} was changed`);
    const description = n?.description ?? m.description;
    return {
      ...m,
      name: claim(n?.name, m.name, m.id),
      ...(description !== undefined ? { description } : {}),
      namingSource: n ? (n.namingSource ?? source) : m.namingSource,
    };
  });
  const gradients = measured.gradients.map((m) => {
    const n = pick(named.gradients, m.id);
    noteMissing("gradient", m.id, n);
    return { ...m, name: claim(n?.name, m.name, m.id) };
  });
  const extra = [...named.colors, ...named.spacing, ...(named.gradients ?? [])].filter(
    (t) => !measured.colors.some((m) => m.id === t.id) && !measured.spacing.some((m) => m.id === t.id) && !measured.gradients.some((m) => m.id === t.id),
  );
  for (const t of extra) fixes.push(`unknown token ${t.id} was dropped`);
  return { tokens: { ...measured, colors, spacing, gradients }, fixes };
}
