import { describe, expect, it } from "vitest";
import { compileString } from "sass";
import { exportTokens, kebabName, scssVarName } from "../../../shared/export/index.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { customPropertiesBySelector, normalizeValue } from "./css-vars.js";

/** Compile our SCSS plus a consumer stylesheet with Dart Sass; deprecation warnings fail the test. */
function compile(scss: string, consumer: string): string {
  const warnings: string[] = [];
  const { css } = compileString(`${scss}\n@use "sass:map";\n${consumer}`, {
    logger: { warn: (message) => void warnings.push(message), debug: () => {} },
  });
  expect(warnings).toEqual([]);
  return css;
}

describe("SCSS compiles with Dart Sass", () => {
  it("every variable and every $tokens entry gives our value", () => {
    const [file] = exportTokens(lightTokens, "scss");
    const tokens = [...lightTokens.colors, ...lightTokens.spacing];
    const consumer = `.vars {\n${tokens.map((t) => `  --v-${kebabName(t.name)}: #{${scssVarName(t.name)}};`).join("\n")}\n}\n.map {\n${tokens.map((t) => `  --m-${kebabName(t.name)}: #{map.get($tokens, "${kebabName(t.name)}")};`).join("\n")}\n}`;
    const css = customPropertiesBySelector(compile(file.content, consumer));
    for (const t of tokens) {
      const expected = "hex" in t ? (t.alpha === undefined ? t.hex : `${t.hex}80`) : `${t.px}px`;
      expect(normalizeValue(css.get(".vars")?.get(`--v-${kebabName(t.name)}`) ?? ""), t.name).toBe(normalizeValue(expected));
      expect(css.get(".map")?.get(`--m-${kebabName(t.name)}`)).toBe(css.get(".vars")?.get(`--v-${kebabName(t.name)}`));
    }
  });

  it("mode maps hold that mode's values", () => {
    const [file] = exportTokens(themedTokens, "scss");
    const css = customPropertiesBySelector(compile(file.content, '.dark { --x: #{map.get($tokens-dark, "color-brand-primary")}; --y: #{map.get($tokens-dark, "spacing-section")}; }'));
    expect(css.get(".dark")?.get("--x")).toBe("#60a5fa");
    expect(css.get(".dark")?.get("--y")).toBe("48px");
  });
});
