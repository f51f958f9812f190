import type { TokenSet } from "../contract/tokens.js";
import { exportCss } from "./css.js";
import { exportDtcg } from "./dtcg/export-dtcg.js";
import { resolveNames } from "./resolve-names.js";
import { exportScss } from "./scss.js";
import { exportTailwind3 } from "./tailwind3.js";
import { exportTailwind4 } from "./tailwind4.js";
import { ExportError, type ExportFile, type ExportFormat, type ExportOptions } from "./types.js";
import { exportTypeScript } from "./typescript.js";
import { dimensionOptions } from "./values.js";
import { checkTokenSet } from "./check-token-set.js";

/** Reject option values no format understands (each format checks the ones only it reads). */
export function checkExportOptions(options: ExportOptions): void {
  if (options.colorFormat !== undefined && options.colorFormat !== "hex" && options.colorFormat !== "oklch") {
    throw new ExportError("bad_options", `colorFormat must be "hex" or "oklch", got ${JSON.stringify(options.colorFormat)}`);
  }
  if (options.basename !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.basename)) {
    throw new ExportError("bad_options", "basename must be 1-64 letters, digits, '.', '_' or '-'");
  }
  dimensionOptions(options);
}

/**
 * The format dispatch without zod (a cheap structural check of every value written into text
 * still runs: `checkTokenSet`), for callers that already hold a contract-valid
 * token set and must stay small (the plugin UI bundle: this path pulls neither zod nor all of culori).
 * `exportTokens` in `index.ts` is the same after a zod check of the token set.
 */
export function exportTokenSet(tokens: TokenSet, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  checkExportOptions(options);
  checkTokenSet(tokens);
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
