import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import postcss, { type AcceptedPlugin } from "postcss";
import { exportTokens, tailwindSuffix, tailwindUtility, type ExportFormat } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { normalizeValue } from "./css-vars.js";

const require = createRequire(import.meta.url);
type Config = { content?: unknown; darkMode?: unknown; theme: { colors: Record<string, unknown>; spacing: Record<string, string>; backgroundImage: Record<string, string> } };
const loadConfig = require("tailwindcss-v3/loadConfig.js") as (path: string) => Config;
const resolveConfig = require("tailwindcss-v3/resolveConfig.js") as (config: object) => Config;
const tailwind3 = require("tailwindcss-v3") as (config: object) => AcceptedPlugin;

const dir = mkdtempSync(join(tmpdir(), "copy-that-tw3-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write our config file to disk and load it the way Tailwind 3's CLI does. */
function load(set: TokenSet, format: ExportFormat): Config {
  const [file] = exportTokens(set, format);
  const path = join(dir, `${format}-${set.modes.length}-${file.filename}`);
  writeFileSync(path, file.content);
  return loadConfig(path);
}

/** Run Tailwind 3 through postcss on a page using the given classes. */
async function utilitiesAsync(config: Config, classes: string[]): Promise<string> {
  const content = [{ raw: `<div class="${classes.join(" ")}"></div>`, extension: "html" }];
  const result = await postcss([tailwind3({ ...config, content, corePlugins: { preflight: false } })]).process("@tailwind utilities;", { from: undefined });
  return result.css;
}

const declOf = (css: string, selector: string, prop: string): string | undefined => {
  let value: string | undefined;
  postcss.parse(css).walkRules((r) => {
    if (r.selector === selector) r.walkDecls(prop, (d) => void (value = d.value));
  });
  return value;
};

describe("Tailwind v3 loads our config", () => {
  for (const format of ["tailwind3", "tailwind3-cjs"] as const) {
    it(`${format}: resolves theme.extend to our exact values next to the defaults`, () => {
      const resolved = resolveConfig(load(lightTokens, format));
      for (const c of lightTokens.colors) expect(normalizeValue(String(resolved.theme.colors[tailwindSuffix(c.name, "color")]))).toBe(normalizeValue(c.alpha === undefined ? c.hex : `${c.hex}80`));
      for (const s of lightTokens.spacing) expect(resolved.theme.spacing[tailwindSuffix(s.name, "spacing")]).toBe(`${s.px}px`);
      expect(resolved.theme.spacing["4"]).toBe("1rem"); // extend keeps the default scale
      expect(resolved.theme.backgroundImage["gradient-hero"]).toBe("linear-gradient(90deg, #2563eb 0%, #16a34a 100%)");
    });
  }

  it("generates bg-/p- utilities with our values", async () => {
    const config = load(lightTokens, "tailwind3");
    const classes = [...lightTokens.colors.map((c) => tailwindUtility(c.name, "bg")), ...lightTokens.spacing.map((s) => tailwindUtility(s.name, "p"))];
    const css = await utilitiesAsync(config, classes);
    for (const c of lightTokens.colors) {
      const bg = declOf(css, `.${tailwindUtility(c.name, "bg")}`, "background-color");
      expect(bg, c.name).toBeDefined();
      // v3 rewrites opaque hex to `rgb(r g b / var(--tw-bg-opacity, 1))`
      expect(normalizeValue((bg as string).replace(/var\(--tw-bg-opacity, 1\)/, "1"))).toBe(normalizeValue(c.alpha === undefined ? c.hex : `${c.hex}80`));
    }
    for (const s of lightTokens.spacing) expect(declOf(css, `.${tailwindUtility(s.name, "p")}`, "padding")).toBe(`${s.px}px`);
  });

  it("with modes, changing tokens read CSS variables defined by the companion tokens.css", async () => {
    const files = exportTokens(themedTokens, "tailwind3");
    expect(files.map((f) => f.filename)).toEqual(["tailwind.config.js", "tokens.css"]);
    const config = load(themedTokens, "tailwind3");
    expect(config.darkMode).toEqual(["selector", '.dark, [data-theme="dark"]']);
    const css = await utilitiesAsync(config, ["bg-brand-primary", "bg-status-success", "dark:bg-surface"]);
    expect(declOf(css, ".bg-brand-primary", "background-color")).toBe("var(--color-brand-primary)");
    expect(declOf(css, ".bg-status-success", "background-color")).toMatch(/^rgb\(22 163 74/);
    expect(files[1].content).toContain("--color-brand-primary: #60a5fa;");
    expect(css).toContain(':where(.dark, [data-theme="dark"]');
  });
});
