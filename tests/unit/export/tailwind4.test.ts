import { describe, expect, it } from "vitest";
import { compile } from "@tailwindcss/node";
import postcss from "postcss";
import { exportTokens, tailwindUtility } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { customPropertiesBySelector, normalizeValue } from "./css-vars.js";

/** Compile our Tailwind v4 file with the real compiler for the given class candidates. */
async function buildAsync(set: TokenSet, candidates: string[], options = {}): Promise<string> {
  const [file] = exportTokens(set, "tailwind", options);
  const compiler = await compile(file.content, { base: process.cwd(), onDependency: () => {} });
  return compiler.build(candidates);
}

/** Declarations of one class rule (`.bg-brand-primary`) in the generated CSS. */
function declsOf(css: string, selector: string): Map<string, string> {
  const decls = new Map<string, string>();
  postcss.parse(css).walkRules((rule) => {
    if (rule.selector === selector) rule.walkDecls((d) => void decls.set(d.prop, d.value));
  });
  return decls;
}

/** Resolve `var(--x)` against the theme variables Tailwind emitted. */
function resolveVar(value: string, vars: Map<string, string>): string {
  return value.replace(/var\((--[a-z0-9-]+)\)/g, (_, name: string) => vars.get(name) ?? `unresolved ${name}`);
}

describe("Tailwind v4 compiles our theme", () => {
  const colorUtils = lightTokens.colors.map((c) => tailwindUtility(c.name, "bg"));
  const textUtils = lightTokens.colors.map((c) => tailwindUtility(c.name, "text"));
  const spaceUtils = lightTokens.spacing.map((s) => tailwindUtility(s.name, "p"));
  const gapUtils = lightTokens.spacing.map((s) => tailwindUtility(s.name, "gap"));

  it("bg-/text-<color> and p-/gap-<spacing> exist with exactly our values", async () => {
    const css = await buildAsync(lightTokens, [...colorUtils, ...textUtils, ...spaceUtils, ...gapUtils]);
    const theme = customPropertiesBySelector(css).get(":root, :host") ?? new Map();
    for (const [i, c] of lightTokens.colors.entries()) {
      const bg = declsOf(css, `.${colorUtils[i]}`).get("background-color");
      expect(bg, colorUtils[i]).toBeDefined();
      expect(normalizeValue(resolveVar(bg as string, theme))).toBe(normalizeValue(c.alpha === undefined ? c.hex : `${c.hex}${Math.round(c.alpha * 255).toString(16)}`));
      expect(declsOf(css, `.${textUtils[i]}`).get("color")).toBe(bg);
    }
    for (const [i, s] of lightTokens.spacing.entries()) {
      const padding = declsOf(css, `.${spaceUtils[i]}`).get("padding");
      expect(padding && resolveVar(padding, theme), spaceUtils[i]).toBe(`${s.px}px`);
      expect(resolveVar(declsOf(css, `.${gapUtils[i]}`).get("gap") ?? "", theme)).toBe(`${s.px}px`);
    }
    expect(colorUtils).toContain("bg-brand-primary");
    expect(spaceUtils).toContain("p-md");
  });

  it("named spacing does not touch the numeric scale unless asked", async () => {
    const plain = await buildAsync(lightTokens, ["p-4"]);
    expect(customPropertiesBySelector(plain).get(":root, :host")?.get("--spacing")).toBe("0.25rem");
    const based = await buildAsync(lightTokens, ["p-4"], { tailwindBaseSpacing: true });
    expect(customPropertiesBySelector(based).get(":root, :host")?.get("--spacing")).toBe("4px");
    expect(declsOf(based, ".p-4").get("padding")).toBe("calc(var(--spacing) * 4)");
    const explicit = await buildAsync(lightTokens, ["p-4"], { tailwindBaseSpacing: 8 });
    expect(customPropertiesBySelector(explicit).get(":root, :host")?.get("--spacing")).toBe("8px");
  });

  it("modes switch the theme variables under .dark / [data-theme=dark], and dark: follows them", async () => {
    const css = await buildAsync(themedTokens, ["bg-brand-primary", "dark:bg-surface", "p-section"]);
    const dark = customPropertiesBySelector(css).get('.dark, [data-theme="dark"]');
    expect(dark?.get("--color-brand-primary")).toBe("#60a5fa");
    expect(dark?.get("--spacing-section")).toBe("48px");
    expect(declsOf(css, ".bg-brand-primary").get("background-color")).toBe("var(--color-brand-primary)");
    expect(declsOf(css, '.dark\\:bg-surface:where(.dark, .dark *, [data-theme="dark"], [data-theme="dark"] *)').get("background-color")).toBe("var(--color-surface)");
  });
});
