import type { TokenSet } from "../../../shared/contract/tokens.js";
import { exportTokenSet } from "../../../shared/export/export-token-set.js";
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions } from "../../../shared/export/types.js";

export { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions };

/**
 * Exports a token set the UI holds (backend result checked at the boundary, or the designer's edits
 * of it) through the exporters' zod-free entry `exportTokenSet` — `exportTokens` from
 * shared/export/index.ts would pull zod into the 60 KB-gzip UI bundle.
 */
export function exportTokensInUi(tokens: TokenSet, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  return exportTokenSet(tokens, format, options);
}
