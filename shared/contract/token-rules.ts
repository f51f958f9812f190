/**
 * The token rules as plain values, for code that must not pull zod into its bundle (the plugin UI
 * runs the engine locally). `tokens.ts` builds its schemas from these, so there is one source.
 */

/** Slash path of kebab-case segments, type group first: `color/brand/primary`. */
export const TOKEN_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
export const TOKEN_NAME_MAX_LENGTH = 200;

export const COLOR_ROLES = [
  "background",
  "surface",
  "border",
  "text",
  "text-muted",
  "primary",
  "accent",
  "success",
  "warning",
  "danger",
  "neutral",
  "other",
] as const;

/** True when `name` is a valid token name. */
export function isTokenName(name: string): boolean {
  return name.length > 0 && name.length <= TOKEN_NAME_MAX_LENGTH && TOKEN_NAME_PATTERN.test(name);
}

/** True when `role` is one of COLOR_ROLES. */
export function isColorRole(role: unknown): role is (typeof COLOR_ROLES)[number] {
  return (COLOR_ROLES as readonly unknown[]).includes(role);
}
