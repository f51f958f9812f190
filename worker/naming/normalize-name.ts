import { TokenNameSchema } from "../../shared/contract/tokens.js";

const GROUP_SYNONYMS: Record<string, "color" | "spacing"> = {
  color: "color",
  colors: "color",
  colour: "color",
  colours: "color",
  spacing: "spacing",
  spacings: "spacing",
  space: "spacing",
};

/**
 * Repairs a suggested token name into a valid `TokenNameSchema` path of the given type group:
 * camelCase/spaces/underscores → kebab-case, `.` → `/`, group prefix added when missing.
 * Returns null when nothing usable is left or the name belongs to the other group.
 */
export function normalizeTokenName(raw: string, group: "color" | "spacing"): string | null {
  if (typeof raw !== "string") return null;
  const segments = raw
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[.\\]/g, "/")
    .replace(/[\s_]+/g, "-")
    .replace(/[^a-z0-9/-]/g, "")
    .split("/")
    .map((s) => s.replace(/-+/g, "-").replace(/^-|-$/g, ""))
    .filter(Boolean);
  if (!segments.length) return null;
  const head = GROUP_SYNONYMS[segments[0]];
  if (head && head !== group) return null;
  if (head) segments[0] = group;
  else segments.unshift(group);
  if (segments.length < 2 || segments.length > 6) return null;
  const name = segments.join("/");
  return TokenNameSchema.safeParse(name).success ? name : null;
}

/** Makes `name` unique against `taken` by appending -2, -3, … to its last segment; records the result. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}`;
  taken.add(candidate);
  return candidate;
}
