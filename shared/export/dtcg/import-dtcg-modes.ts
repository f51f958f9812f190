import type { TokenSet } from "../../contract/tokens.js";
import { ExportError } from "../types.js";
import { importDtcgDetailed, type SkippedToken } from "./import-dtcg.js";

/** One DTCG file of a themed set and the mode it holds. */
export interface DtcgModeFile {
  mode: string;
  json: unknown;
}

/**
 * Import a theme split across files, one per mode (how DTCG 2025.10 carries modes): the first file is
 * the default mode and gives the tokens; each later file adds the values that differ as that mode's
 * `modeValues`, matched by token name. Tokens missing from the first file are reported as skipped. Throws
 * `invalid_dtcg` for no files, empty or duplicate mode names, or any file that does not import.
 */
export function importDtcgModes(files: readonly DtcgModeFile[]): { tokens: TokenSet; skipped: SkippedToken[] } {
  if (files.length === 0) throw new ExportError("invalid_dtcg", "no files to import");
  const modes = files.map((f) => f.mode.trim());
  if (modes.some((m) => m.length === 0 || m.length > 60)) throw new ExportError("invalid_dtcg", "mode names must be 1-60 characters");
  if (new Set(modes).size !== modes.length) throw new ExportError("invalid_dtcg", "mode names must be unique");

  const first = importDtcgDetailed(files[0].json);
  const skipped = [...first.skipped];
  const keep = <V>(values: Record<string, V> | undefined): Record<string, V> => Object.fromEntries(Object.entries(values ?? {}).filter(([m]) => modes.includes(m) && m !== modes[0]));
  const colors = first.tokens.colors.map((c) => ({ ...c, modeValues: keep(c.modeValues) }));
  const spacing = first.tokens.spacing.map((s) => ({ ...s, modeValues: keep(s.modeValues) }));
  const colorByName = new Map(colors.map((c) => [c.name, c]));
  const spacingByName = new Map(spacing.map((s) => [s.name, s]));

  for (const [i, file] of files.entries()) {
    if (i === 0) continue;
    const mode = modes[i];
    const other = importDtcgDetailed(file.json);
    skipped.push(...other.skipped.map((s) => ({ ...s, path: `${mode}: ${s.path}` })));
    // one of our files restores its default-mode values from $extensions: read the value of the mode it holds
    const own = other.mode !== undefined && other.mode !== other.tokens.modes[0] ? other.mode : undefined;
    for (const c of other.tokens.colors) {
      const base = colorByName.get(c.name);
      const hex = own ? (c.modeValues?.[own] ?? c.hex) : c.hex;
      if (!base) skipped.push({ path: `${mode}: ${c.name}`, reason: "not in the first (default-mode) file" });
      else if (hex !== base.hex) base.modeValues[mode] = hex;
    }
    for (const s of other.tokens.spacing) {
      const base = spacingByName.get(s.name);
      const px = own ? (s.modeValues?.[own] ?? s.px) : s.px;
      if (!base) skipped.push({ path: `${mode}: ${s.name}`, reason: "not in the first (default-mode) file" });
      else if (px !== base.px) base.modeValues[mode] = px;
    }
  }
  const strip = <T extends { modeValues: Record<string, unknown> }>(t: T): T => {
    if (Object.keys(t.modeValues).length > 0) return t;
    const rest: Partial<T> = { ...t };
    delete rest.modeValues;
    return rest as T;
  };
  return { tokens: { ...first.tokens, modes, colors: colors.map(strip), spacing: spacing.map(strip) }, skipped };
}
