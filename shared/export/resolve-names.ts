import type { ColorToken, GradientToken, SpacingToken, TokenSet } from "../contract/tokens.js";
import { kebabName, nameSegments, tailwindSuffix, type TailwindNamespace } from "./names.js";

/** A token with its final, collision-free name (normalised slash path). */
export interface Named<T> {
  token: T;
  /** Normalised, unique slash path; every format derives its identifier from this. */
  name: string;
}

/** A token set whose names are normalised and unique across every format, in output order. */
export interface NamedTokenSet {
  colors: Named<ColorToken>[];
  spacing: Named<SpacingToken>[];
  gradients: Named<GradientToken>[];
  modes: string[];
  baseUnit: number | null;
}

const isNormalised = (name: string): boolean => nameSegments(name).join("/") === name;

/** Claim order: names that are already valid first, then by name, then id. */
const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  Number(!isNormalised(a.name)) - Number(!isNormalised(b.name)) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Normalise every token name and make the results unique, deterministically and independent of
 * input order: tokens are visited colors → spacing → gradients, each with already-valid names first,
 * then by original name, then id;
 * the first keeps its name and a later one whose CSS identifier (or Tailwind suffix within its
 * namespace) is taken gets `-2`, `-3`, … on its last segment. So `color/brand/primary` and
 * `color/brand-primary` cannot both become `--color-brand-primary`.
 */
export function resolveNames(set: TokenSet): NamedTokenSet {
  const usedIdents = new Set<string>();
  const usedSuffixes = new Map<string, Set<string>>();

  const claim = (name: string, namespace: TailwindNamespace | null): string => {
    const base = nameSegments(name);
    for (let n = 1; ; n++) {
      const segments = n === 1 ? base : [...base.slice(0, -1), `${base[base.length - 1]}-${n}`];
      const candidate = segments.join("/");
      const ident = kebabName(candidate);
      const suffixes = namespace ? (usedSuffixes.get(namespace) ?? new Set<string>()) : null;
      const suffix = namespace ? tailwindSuffix(candidate, namespace) : "";
      if (usedIdents.has(ident) || (suffixes && suffixes.has(suffix))) continue;
      usedIdents.add(ident);
      if (namespace && suffixes) {
        suffixes.add(suffix);
        usedSuffixes.set(namespace, suffixes);
      }
      return candidate;
    }
  };

  const colors = [...set.colors].sort(byNameThenId).map((token) => ({ token, name: claim(token.name, "color") }));
  const spacing = [...set.spacing].sort(byNameThenId).map((token) => ({ token, name: claim(token.name, "spacing") }));
  const gradients = [...(set.gradients ?? [])].sort(byNameThenId).map((token) => ({ token, name: claim(token.name, null) }));

  // Output order: colors by name, spacing by size (xs → xl reads naturally), gradients by name.
  colors.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  spacing.sort((a, b) => a.token.px - b.token.px || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  gradients.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const modes = set.modes && set.modes.length > 0 ? set.modes : ["Default"];
  return { colors, spacing, gradients, modes, baseUnit: set.baseUnit ?? null };
}
