import { describe, expect, it } from "vitest";
import StyleDictionary from "style-dictionary";
import { exportTokens } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { customPropertiesBySelector, normalizeValue } from "./css-vars.js";

/** Build `css/variables` with Style Dictionary's stock `css` transform group from one DTCG file; warnings are errors. */
async function styleDictionaryCssAsync(dtcg: string): Promise<Map<string, string>> {
  const sd = new StyleDictionary({
    tokens: JSON.parse(dtcg),
    log: { warnings: "error", verbosity: "verbose" },
    platforms: {
      css: {
        transformGroup: "css",
        // Style Dictionary 5.5 has no gradient transform (it would print "[object Object]"): gradients are left out here.
        files: [{ destination: "vars.css", format: "css/variables", filter: (token: { $type?: string }) => token.$type !== "gradient" }],
      },
    },
  });
  const [file] = await sd.formatPlatform("css");
  return customPropertiesBySelector(String(file.output)).get(":root") ?? new Map();
}

/** Our CSS export's values for one mode (default block overridden by the mode's block). */
function ourCssValues(set: TokenSet, modeIndex: number): Map<string, string> {
  const blocks = [...customPropertiesBySelector(exportTokens(set, "css")[0].content).values()];
  const values = new Map(blocks[0]);
  if (modeIndex > 0) for (const [k, v] of blocks[modeIndex] ?? []) values.set(k, v);
  for (const k of [...values.keys()]) if (k.startsWith("--gradient-")) values.delete(k);
  return values;
}

describe("Style Dictionary 5 reads our DTCG output", () => {
  it("builds CSS without warnings and emits exactly our values (single mode, px)", async () => {
    const [file] = exportTokens(lightTokens, "dtcg");
    const sd = await styleDictionaryCssAsync(file.content);
    const ours = ourCssValues(lightTokens, 0);
    expect(ours.size).toBe(lightTokens.colors.length + lightTokens.spacing.length);
    for (const [name, value] of ours) expect(normalizeValue(sd.get(name) ?? "missing"), name).toBe(normalizeValue(value));
    // palette primitives come along too, named as the aliases say
    expect(sd.get("--color-blue-600")).toBe("#2563eb");
  });

  it("each mode file gives that mode's values", async () => {
    const files = exportTokens(themedTokens, "dtcg");
    expect(files.map((f) => f.filename)).toEqual(["tokens.light.tokens.json", "tokens.dark.tokens.json"]);
    for (const [i, file] of files.entries()) {
      const sd = await styleDictionaryCssAsync(file.content);
      for (const [name, value] of ourCssValues(themedTokens, i)) expect(normalizeValue(sd.get(name) ?? "missing"), `${file.filename} ${name}`).toBe(normalizeValue(value));
    }
  });

  it("rem dimensions come out as the same rem values", async () => {
    const [file] = exportTokens(lightTokens, "dtcg", { dimensionUnit: "rem" });
    const sd = await styleDictionaryCssAsync(file.content);
    expect(sd.get("--spacing-md")).toBe("1rem");
    expect(sd.get("--spacing-lg")).toBe("1.5rem");
  });
});
