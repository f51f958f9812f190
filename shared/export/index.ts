import { TokenSetSchema, type TokenSet } from "../contract/tokens.js";
import { checkExportOptions, exportTokenSet } from "./export-token-set.js";
import { ExportError, EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions } from "./types.js";

export * from "./types.js";
export * from "./names.js";
export { exportTokenSet, checkExportOptions } from "./export-token-set.js";
export { resolveNames, type Named, type NamedTokenSet } from "./resolve-names.js";
export { colorScopes, spacingScopes } from "./figma-scopes.js";
export { cssColor, cssDimension, cssGradient } from "./values.js";
export { importDtcg, importDtcgDetailed, type SkippedToken } from "./dtcg/import-dtcg.js";
export { importDtcgModes, type DtcgModeFile } from "./dtcg/import-dtcg-modes.js";
export { DTCG_MEDIA_TYPE, EXTENSION_KEY } from "./dtcg/constants.js";

/**
 * Turn a token set into the files of one format. Pure and deterministic: the same token set and
 * options always give byte-identical files. Throws `ExportError` (`unknown_format`, `bad_options`,
 * `invalid_tokens`) on bad input. (`exportTokenSet` is the same without the zod check, for small bundles.)
 */
export function exportTokens(tokens: TokenSet, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  if (!EXPORT_FORMATS.some((f) => f.format === format)) throw new ExportError("unknown_format", `unknown export format ${JSON.stringify(format)}`);
  checkExportOptions(options);
  const parsed = TokenSetSchema.safeParse(tokens);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportError("invalid_tokens", `token set is invalid: ${issue.message}`, issue.path.join("."));
  }
  return exportTokenSet(parsed.data, format, options);
}
