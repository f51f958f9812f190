/**
 * The one naming function family shared by every export format and by the Figma code syntax.
 * A token name is a slash path (`color/brand/primary`); every format derives its identifier from the
 * same normalised segments, so the token is `--color-brand-primary`, `bg-brand-primary`,
 * `$color-brand-primary` and `theme.color.brand.primary` everywhere.
 */

/** Tailwind theme namespaces we emit into. */
export type TailwindNamespace = "color" | "spacing";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Normalise one path segment: lowercase, accents dropped, every run of characters outside
 * `[a-z0-9]` becomes one `-`, no leading/trailing `-`. Returns `""` when nothing is left.
 */
export function slugSegment(segment: string): string {
  return segment
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Split a token name on `/` into normalised segments. Empty segments are dropped; an empty result
 * becomes `["token"]`; a first segment starting with a digit gets a `_` prefix so the name is a valid
 * identifier in SCSS and TypeScript too. Valid contract names (`color/blue-600`) pass unchanged.
 */
export function nameSegments(name: string): string[] {
  const segments = name.split("/").map(slugSegment).filter((s) => s.length > 0);
  if (segments.length === 0) return ["token"];
  if (/^[0-9]/.test(segments[0])) segments[0] = `_${segments[0]}`;
  return segments;
}

/** The kebab identifier without any prefix: `color/brand/primary` → `color-brand-primary`. */
export function kebabName(name: string): string {
  return nameSegments(name).join("-");
}

/** CSS custom property: `color/brand/primary` → `--color-brand-primary`. Used for Figma WEB code syntax too. */
export function cssVarName(name: string): string {
  return `--${kebabName(name)}`;
}

/** SCSS variable: `color/brand/primary` → `$color-brand-primary`. */
export function scssVarName(name: string): string {
  return `$${kebabName(name)}`;
}

/** A JS property access for one key: `.primary` when it is an identifier, else `["blue-600"]`. */
export function jsPropertyAccess(key: string): string {
  return IDENT.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** A JS object key literal: bare when it is an identifier, else quoted. */
export function jsObjectKey(key: string): string {
  return IDENT.test(key) ? key : JSON.stringify(key);
}

/** TypeScript access path: `color/brand/primary` → `theme.color.brand.primary`; `color/blue-600` → `theme.color["blue-600"]`. */
export function tsPath(name: string, root = "theme"): string {
  return root + nameSegments(name).map(jsPropertyAccess).join("");
}

/**
 * The part after the Tailwind namespace: `color/brand/primary` → `brand-primary`,
 * `spacing/md` → `md`. A name outside the namespace (`brand/primary`) keeps all of its segments.
 */
export function tailwindSuffix(name: string, namespace: TailwindNamespace): string {
  const segments = nameSegments(name);
  const rest = segments[0] === namespace && segments.length > 1 ? segments.slice(1) : segments;
  return rest.join("-");
}

/** Tailwind v4 theme variable: `color/brand/primary` → `--color-brand-primary`; `spacing/md` → `--spacing-md`. */
export function tailwindThemeVar(name: string, namespace: TailwindNamespace): string {
  return `--${namespace}-${tailwindSuffix(name, namespace)}`;
}

/** Utilities that take a color (everything else is treated as a spacing utility: `p`, `m`, `gap`, `inset`, …). */
const COLOR_UTILITIES = new Set(["bg", "text", "border", "fill", "stroke", "ring", "outline", "divide", "accent", "caret", "decoration", "placeholder", "shadow", "from", "via", "to"]);

/** Tailwind utility class: (`color/brand/primary`, `bg`) → `bg-brand-primary`; (`spacing/md`, `p`) → `p-md`. */
export function tailwindUtility(name: string, utility: string, namespace: TailwindNamespace = COLOR_UTILITIES.has(utility) ? "color" : "spacing"): string {
  return `${utility}-${tailwindSuffix(name, namespace)}`;
}
