import { describe, expect, it } from "vitest";
import { transformSync } from "esbuild";
import { EXPORT_FORMATS, ExportError, exportTokenSet, exportTokens, type ExportFormat, type ExportOptions } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens } from "./fixture-tokens.js";
import { customPropertiesBySelector } from "./css-vars.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ExportError ? e.code : `not ExportError: ${String(e)}`;
  }
  return undefined;
};

describe("exportTokens", () => {
  it("lists every format once with label, extension and media type", () => {
    expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(["dtcg", "css", "tailwind", "tailwind3", "tailwind3-cjs", "scss", "ts"]);
    for (const f of EXPORT_FORMATS) {
      const [main] = exportTokens(lightTokens, f.format);
      expect(main.filename.endsWith(f.extension), `${f.format}: ${main.filename}`).toBe(true);
      expect(main.mediaType).toBe(f.mediaType);
      expect(main.content.endsWith("\n") && !main.content.endsWith("\n\n")).toBe(true);
    }
  });

  it("bad input gives a typed error with a stable code", () => {
    expect(codeOf(() => exportTokens(lightTokens, "xml" as ExportFormat))).toBe("unknown_format");
    expect(codeOf(() => exportTokens({ ...lightTokens, colors: [{ ...lightTokens.colors[0], hex: "#FFF" }] }, "css"))).toBe("invalid_tokens");
    expect(codeOf(() => exportTokens(null as unknown as TokenSet, "css"))).toBe("invalid_tokens");
    const bad: ExportOptions[] = [{ colorFormat: "rgb" as "hex" }, { remBase: 0 }, { dimensionUnit: "em" as "px" }, { basename: "../etc" }, { tailwindBaseSpacing: -2 }];
    for (const options of bad) expect(codeOf(() => exportTokens(lightTokens, options.tailwindBaseSpacing ? "tailwind" : "css", options)), JSON.stringify(options)).toBe("bad_options");
    expect(codeOf(() => exportTokens({ ...lightTokens, baseUnit: null }, "tailwind", { tailwindBaseSpacing: true }))).toBe("bad_options");
  });

  it("an empty token set gives valid, empty files in every format", () => {
    const empty: TokenSet = { colors: [], spacing: [], gradients: [], baseUnit: null, modes: ["Default"] };
    for (const { format } of EXPORT_FORMATS) expect(exportTokens(empty, format).length).toBeGreaterThan(0);
    expect(customPropertiesBySelector(exportTokens(empty, "css")[0].content).get(":root")?.size).toBe(0);
    expect(JSON.parse(exportTokens(empty, "dtcg")[0].content)).toMatchObject({ $extensions: { "dev.copythat": { modes: ["Default"] } } });
  });

  it("mode names never break out of comments or selectors", () => {
    const set: TokenSet = { ...lightTokens, modes: ["Light", "Dark */ body { color: red } /*"], colors: [{ ...lightTokens.colors[0], modeValues: { "Dark */ body { color: red } /*": "#000000" } }] };
    const css = exportTokens(set, "css")[0].content;
    const blocks = customPropertiesBySelector(css);
    expect([...blocks.keys()]).toEqual([":root", '.dark-body-color-red,\n[data-theme="dark-body-color-red"]']);
  });

  it("mode names with comment terminators or newlines keep JS/TS output parseable; slugs stay unique", () => {
    const modes = ["Light", "Dark */ throw 1; /*\nx", "dark"];
    const set: TokenSet = { ...lightTokens, modes, colors: lightTokens.colors.map((c) => ({ ...c, modeValues: { [modes[1]]: "#000000", dark: "#111111" } })) };
    for (const format of ["ts", "tailwind3", "tailwind3-cjs"] as const) {
      const [file] = exportTokens(set, format);
      expect(() => transformSync(file.content, { loader: "ts" }), format).not.toThrow();
      expect(file.content).not.toContain("throw 1;\n");
    }
    expect(exportTokens(set, "dtcg").map((f) => f.filename)).toEqual(["tokens.light.tokens.json", "tokens.dark-throw-1-x.tokens.json", "tokens.dark.tokens.json"]);
    const dup: TokenSet = { ...set, modes: ["Light", "Dark", "dark"] };
    expect(exportTokens(dup, "dtcg").map((f) => f.filename)).toEqual(["tokens.light.tokens.json", "tokens.dark.tokens.json", "tokens.dark-3.tokens.json"]);
  });

  it("descriptions become comments that cannot break out", () => {
    const set: TokenSet = { ...lightTokens, colors: [{ ...lightTokens.colors[0], description: "Page */ body { color: red } /*\nnext" }] };
    for (const format of ["css", "tailwind", "scss"] as const) {
      const content = exportTokens(set, format)[0].content;
      expect(content, format).toContain("Page * / body { color: red } /* next");
      if (format !== "scss") expect([...customPropertiesBySelector(content).keys()].some((k) => k.includes("body"))).toBe(false);
    }
    const ts = exportTokens(set, "ts")[0].content;
    expect(ts).toContain("/** Page * / body { color: red } /* next */");
    expect(() => transformSync(ts, { loader: "ts" })).not.toThrow();
  });

  it("the zod-free exportTokenSet still refuses values that would inject text", () => {
    const bad: TokenSet[] = [
      { ...lightTokens, colors: [{ ...lightTokens.colors[0], hex: "#fff; } body { x: y" }] },
      { ...lightTokens, colors: [{ ...lightTokens.colors[0], modeValues: { Dark: "red" } }] },
      { ...lightTokens, spacing: [{ ...lightTokens.spacing[0], px: Number.NaN }] },
      { ...lightTokens, gradients: [{ ...lightTokens.gradients[0], stops: [{ hex: "#000000", position: 0 }, { hex: "url(x)", position: 1 }] }] },
      { ...lightTokens, modes: [] },
    ];
    for (const set of bad) expect(codeOf(() => exportTokenSet(set, "css"))).toBe("invalid_tokens");
    expect(exportTokenSet(lightTokens, "css")).toEqual(exportTokens(lightTokens, "css"));
  });
});
