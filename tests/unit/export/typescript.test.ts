import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { transform } from "esbuild";
import { exportTokens, tsPath } from "../../../shared/export/index.js";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";

const dir = mkdtempSync(join(tmpdir(), "copy-that-ts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Typecheck the generated module (strict) plus a consumer file that uses its types. */
function diagnostics(source: string, consumer: string): string[] {
  writeFileSync(join(dir, "tokens.ts"), source);
  writeFileSync(join(dir, "use.ts"), consumer);
  const program = ts.createProgram([join(dir, "tokens.ts"), join(dir, "use.ts")], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Run the generated module and return its exports. */
async function evaluateAsync(source: string): Promise<Record<string, unknown>> {
  const { code } = await transform(source, { loader: "ts", format: "esm" });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as Record<string, unknown>;
}

const at = (root: unknown, path: string): unknown => new Function("theme", `return ${path};`)(root);

describe("TypeScript theme", () => {
  for (const [label, set] of [["single mode", lightTokens], ["two modes", themedTokens]] as [string, TokenSet][]) {
    it(`${label}: compiles under strict and every token sits at its tsPath with our value`, async () => {
      const [file] = exportTokens(set, "ts");
      const consumer = [
        'import { theme, type Theme, type TokenName } from "./tokens";',
        'const primary: "#2563eb" = theme.color.brand.primary;',
        'const name: TokenName = "color/brand/primary";',
        "// @ts-expect-error not a token",
        'const bad: TokenName = "color/nope";',
        "const t: Theme = theme;",
        "export { primary, name, bad, t };",
      ].join("\n");
      expect(diagnostics(file.content, consumer)).toEqual([]);
      const mod = await evaluateAsync(file.content);
      for (const c of set.colors) expect(String(at(mod.theme, tsPath(c.name)))).toMatch(c.alpha === undefined ? c.hex : /^#000000/);
      for (const s of set.spacing) expect(at(mod.theme, tsPath(s.name))).toBe(`${s.px}px`);
      if (set.modes.length > 1) {
        const themes = mod.themes as Record<string, unknown>;
        expect(Object.keys(themes)).toEqual(["light", "dark"]);
        expect(at(themes.dark, tsPath("color/brand/primary"))).toBe("#60a5fa");
        expect(at(themes.light, tsPath("color/brand/primary"))).toBe("#2563eb");
      }
    });
  }

  it("a mode missing a token would not typecheck (themes are checked against one shape)", () => {
    const [file] = exportTokens(themedTokens, "ts");
    const broken = file.content.replace(/(\n {2}dark: \{\n {4}color: \{\n) {6}background: "#0f172a",\n/, "$1");
    expect(broken).not.toBe(file.content);
    expect(diagnostics(broken, "export {};").length).toBeGreaterThan(0);
  });

  it("a token that is both a value and a group keeps both (DEFAULT)", async () => {
    const set: TokenSet = { ...lightTokens, colors: [{ ...lightTokens.colors[5], name: "color/brand" }, lightTokens.colors[5]] };
    const [file] = exportTokens(set, "ts");
    expect(diagnostics(file.content, "export {};")).toEqual([]);
    const mod = await evaluateAsync(file.content);
    expect(at(mod.theme, "theme.color.brand.DEFAULT")).toBe("#2563eb");
    expect(at(mod.theme, "theme.color.brand.primary")).toBe("#2563eb");
  });
});
