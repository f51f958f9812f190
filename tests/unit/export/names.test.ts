import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cssVarName, kebabName, nameSegments, resolveNames, scssVarName, tailwindSuffix, tailwindThemeVar, tailwindUtility, tsPath } from "../../../shared/export/index.js";
import type { ColorToken, TokenSet } from "../../../shared/contract/tokens.js";

const color = (name: string, id = name): ColorToken => ({ id, hex: "#123456", name, role: "other", palette: "blue-900", coverage: 0, frames: [], usage: [] });
const set = (names: string[]): TokenSet => ({ colors: names.map((n, i) => color(n, `id-${i}`)), spacing: [], gradients: [], baseUnit: null, modes: ["Default"] });

describe("one name everywhere", () => {
  it("color/brand/primary is the same token in every format", () => {
    const n = "color/brand/primary";
    expect(cssVarName(n)).toBe("--color-brand-primary");
    expect(tailwindThemeVar(n, "color")).toBe("--color-brand-primary");
    expect(tailwindUtility(n, "bg")).toBe("bg-brand-primary");
    expect(tailwindUtility(n, "text")).toBe("text-brand-primary");
    expect(scssVarName(n)).toBe("$color-brand-primary");
    expect(tsPath(n)).toBe("theme.color.brand.primary");
    expect(tailwindUtility("spacing/md", "p")).toBe("p-md");
    expect(tailwindUtility("color/brand/primary", "ring")).toBe("ring-brand-primary");
    expect(tailwindUtility("spacing/md", "gap")).toBe("gap-md");
    expect(tailwindThemeVar("spacing/md", "spacing")).toBe("--spacing-md");
  });

  it("segments that are not identifiers are quoted in TS paths", () => {
    expect(tsPath("color/blue-600")).toBe('theme.color["blue-600"]');
    expect(tsPath("spacing/2")).toBe('theme.spacing["2"]');
  });

  it("invalid characters, case, accents and leading digits are normalised deterministically", () => {
    expect(nameSegments("Color / Brand Primary!")).toEqual(["color", "brand-primary"]);
    expect(kebabName("colour/Crème brûlée")).toBe("colour-creme-brulee");
    expect(kebabName("//")).toBe("token");
    expect(cssVarName("2xl/gap")).toBe("--_2xl-gap");
    expect(scssVarName("2xl/gap")).toBe("$_2xl-gap");
    expect(tsPath("2xl/gap")).toBe("theme._2xl.gap");
    expect(tailwindSuffix("brand/primary", "color")).toBe("brand-primary"); // outside the namespace keeps every segment
  });

  it("names that collide after slugging get -2, -3 on the later one (by name, then id)", () => {
    const r = resolveNames(set(["color/brand/primary", "color/brand-primary", "Color/Brand/Primary"]));
    expect(r.colors.map((c) => c.name).sort()).toEqual(["color/brand-primary", "color/brand/primary-2", "color/brand/primary-3"]);
    // a name outside the namespace that would give the same Tailwind utility is also separated
    const t = resolveNames(set(["color/primary", "primary"]));
    expect(t.colors.map((c) => tailwindUtility(c.name, "bg")).sort()).toEqual(["bg-primary", "bg-primary-2"]);
  });

  it("resolution is unique and independent of input order (property)", () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9 _-]{0,6}$/);
    const name = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join("/"));
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), fc.integer(), (names, seed) => {
        const tokens = set(names.map((n) => (n.trim() === "" ? "x" : n)));
        const a = resolveNames(tokens);
        const shuffled = { ...tokens, colors: [...tokens.colors].sort((x, y) => ((x.id.length * seed) % 7) - ((y.id.length * seed) % 7) || (x.id < y.id ? 1 : -1)) };
        const b = resolveNames(shuffled);
        const byId = (r: typeof a): string[] => r.colors.map((c) => `${c.token.id}=${c.name}`).sort();
        expect(byId(b)).toEqual(byId(a));
        const css = a.colors.map((c) => cssVarName(c.name));
        const tw = a.colors.map((c) => tailwindUtility(c.name, "bg"));
        expect(new Set(css).size).toBe(css.length);
        expect(new Set(tw).size).toBe(tw.length);
        for (const c of css) expect(c).toMatch(/^--[a-z0-9_][a-z0-9-]*$/);
      }),
      { numRuns: 300 },
    );
  });
});
