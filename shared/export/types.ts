/** Every text format the exporters produce. */
export type ExportFormat = "dtcg" | "css" | "tailwind" | "tailwind3" | "tailwind3-cjs" | "scss" | "ts";

/** One generated file. `content` always ends with a single newline. */
export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

/** Options shared by all formats; each format reads the ones that apply to it. */
export interface ExportOptions {
  /** CSS/Tailwind color notation. Default `"hex"` (exact measured value); `"oklch"` converts with culori. */
  colorFormat?: "hex" | "oklch";
  /** Dimension unit for spacing. Default `"px"` (exact measured value at 1x). */
  dimensionUnit?: "px" | "rem";
  /** Root font size in px used when `dimensionUnit` is `"rem"`. Default 16. */
  remBase?: number;
  /**
   * Tailwind v4 only: also set `--spacing` (the base every numeric utility like `p-4` multiplies).
   * `true` uses the token set's inferred `baseUnit`; a number sets it in px. Default off, because it
   * rescales every numeric utility in the project.
   */
  tailwindBaseSpacing?: boolean | number;
  /** DTCG only: emit palette tokens and make semantic tokens alias them. Default true. */
  dtcgAliases?: boolean;
  /** Base filename without extension, default `"tokens"` (Tailwind v3 always uses `tailwind.config`). */
  basename?: string;
}

/** Stable codes for export/import failures. */
export type ExportErrorCode = "unknown_format" | "bad_options" | "invalid_tokens" | "invalid_dtcg" | "dtcg_alias";

/** A typed export/import failure; branch on `code`, and `path` points at the offending token when known. */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    /** Dot path in the DTCG document (e.g. `color.brand.primary`) when the error is about one token. */
    readonly path?: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
    this.name = "ExportError";
  }
}

/** Format metadata for the UI's format picker. */
export interface ExportFormatInfo {
  format: ExportFormat;
  label: string;
  /** Extension of the main file, with the dot. */
  extension: string;
  mediaType: string;
  description: string;
}

/** All formats in picker order. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: "dtcg", label: "Design Tokens (DTCG)", extension: ".tokens.json", mediaType: "application/design-tokens+json", description: "W3C DTCG 2025.10 JSON, one file per mode; Style Dictionary, Figma, Tokens tools" },
  { format: "css", label: "CSS variables", extension: ".css", mediaType: "text/css", description: ":root custom properties, dark mode block when there are modes" },
  { format: "tailwind", label: "Tailwind v4", extension: ".css", mediaType: "text/css", description: "@theme block for Tailwind CSS 4" },
  { format: "tailwind3", label: "Tailwind v3 (ESM)", extension: ".js", mediaType: "text/javascript", description: "tailwind.config.js with theme.extend" },
  { format: "tailwind3-cjs", label: "Tailwind v3 (CommonJS)", extension: ".cjs", mediaType: "text/javascript", description: "tailwind.config.cjs with module.exports" },
  { format: "scss", label: "SCSS", extension: ".scss", mediaType: "text/x-scss", description: "$variables and a $tokens map" },
  { format: "ts", label: "TypeScript", extension: ".ts", mediaType: "text/typescript", description: "as const theme object with types" },
];
