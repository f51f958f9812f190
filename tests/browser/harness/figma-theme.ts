/** A subset of the `--figma-color-*` variables Figma injects with `themeColors: true` (UI3 values). */
const THEMES = {
  light: {
    bg: "#ffffff", "bg-secondary": "#f5f5f5", "bg-hover": "#f5f5f5", text: "#1e1e1e", "text-secondary": "#757575",
    border: "#e6e6e6", "border-selected": "#0d99ff", "bg-brand": "#0d99ff", "bg-brand-hover": "#007be5", "text-onbrand": "#ffffff",
    "bg-danger-secondary": "#ffe2e0", "text-danger": "#dc3412", "bg-warning-secondary": "#fff1c2", "text-warning": "#b86200", "text-success": "#14ae5c",
  },
  dark: {
    bg: "#2c2c2c", "bg-secondary": "#383838", "bg-hover": "#383838", text: "#ffffff", "text-secondary": "#b3b3b3",
    border: "#444444", "border-selected": "#0c8ce9", "bg-brand": "#0c8ce9", "bg-brand-hover": "#0a6dc2", "text-onbrand": "#ffffff",
    "bg-danger-secondary": "#4d2015", "text-danger": "#ff7262", "bg-warning-secondary": "#4d3a10", "text-warning": "#f7d15f", "text-success": "#79d297",
  },
} as const;

export type Theme = keyof typeof THEMES;

/** Injects the theme class on `<html>` and the `--figma-color-*` variables, as Figma does, into a UI html string. */
export function withFigmaTheme(html: string, theme: Theme): string {
  const vars = Object.entries(THEMES[theme]).map(([k, v]) => `--figma-color-${k}:${v}`).join(";");
  return html
    .replace(/<html([^>]*)>/, `<html$1 class="figma-${theme}">`)
    .replace("<head>", `<head><style id="figma-style">:root{${vars}}</style>`);
}
