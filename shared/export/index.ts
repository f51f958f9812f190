import { TokenSetSchema, type TokenSet } from "../contract/tokens.js";
import { exportCss } from "./css.js";
import { exportDtcg } from "./dtcg/export-dtcg.js";
import { resolveNames } from "./resolve-names.js";
import { exportScss } from "./scss.js";
import { exportTailwind3 } from "./tailwind3.js";
import { exportTailwind4 } from "./tailwind4.js";
import { ExportError, EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions } from "./types.js";
import { exportTypeScript } from "./typescript.js";
import { dimensionOptions } from "./values.js";

export * from "./types.js";
export * from "./names.js";
export { resolveNames, type Named, type NamedTokenSet } from "./resolve-names.js";
export { colorScopes, spacingScopes } from "./figma-scopes.js";
export { cssColor, cssDimension, cssGradient } from "./values.js";
export { importDtcg, importDtcgDetailed, type SkippedToken } from "./dtcg/import-dtcg.js";
export { DTCG_MEDIA_TYPE, EXTENSION_KEY } from "./dtcg/constants.js";

/** Reject option values no format understands (each format checks the ones only it reads). */
function checkOptions(options: ExportOptions): void {
  if (options.colorFormat !== undefined && options.colorFormat !== "hex" && options.colorFormat !== "oklch") {
    throw new ExportError("bad_options", `colorFormat must be "hex" or "oklch", got ${JSON.stringify(options.colorFormat)}`);
  }
  if (options.basename !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.basename)) {
    throw new ExportError("bad_options", "basename must be 1-64 letters, digits, '.', '_' or '-'");
  }
  dimensionOptions(options);
}

/**
 * Turn a token set into the files of one format. Pure and deterministic: the same token set and
 * options always give byte-identical files. Throws `ExportError` (`unknown_format`, `bad_options`,
 * `invalid_tokens`) on bad input.
 */
export function exportTokens(tokens: TokenSet, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  if (!EXPORT_FORMATS.some((f) => f.format === format)) throw new ExportError("unknown_format", `unknown export format ${JSON.stringify(format)}`);
  checkOptions(options);
  const parsed = TokenSetSchema.safeParse(tokens);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ExportError("invalid_tokens", `token set is invalid: ${issue.message}`, issue.path.join("."));
  }
  const set = resolveNames(parsed.data);
  switch (format) {
    case "dtcg":
      return exportDtcg(set, options);
    case "css":
      return [exportCss(set, options)];
    case "tailwind":
      return [exportTailwind4(set, options)];
    case "tailwind3":
      return exportTailwind3(set, options, "esm");
    case "tailwind3-cjs":
      return exportTailwind3(set, options, "cjs");
    case "scss":
      return [exportScss(set, options)];
    case "ts":
      return [exportTypeScript(set, options)];
  }
}
