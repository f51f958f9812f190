import type { TokenSet } from "../../../shared/contract/tokens.js";
import { exportCss } from "../../../shared/export/css.js";
import { exportDtcg } from "../../../shared/export/dtcg/export-dtcg.js";
import { resolveNames } from "../../../shared/export/resolve-names.js";
import { exportScss } from "../../../shared/export/scss.js";
import { exportTailwind3 } from "../../../shared/export/tailwind3.js";
import { exportTailwind4 } from "../../../shared/export/tailwind4.js";
import { ExportError, EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions } from "../../../shared/export/types.js";
import { exportTypeScript } from "../../../shared/export/typescript.js";

export { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions };

/**
 * The exporters' dispatch, for token sets the UI already holds in contract shape (backend result
 * checked at the boundary, or the designer's edits of it). It calls the same per-format exporters
 * as `exportTokens` in shared/export/index.ts, minus its zod re-validation, which would pull zod
 * (~100 KB minified) into the 60 KB-gzip UI bundle.
 */
export function exportTokensInUi(tokens: TokenSet, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  const set = resolveNames(tokens);
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
    default:
      throw new ExportError("unknown_format", `unknown export format ${JSON.stringify(format)}`);
  }
}
