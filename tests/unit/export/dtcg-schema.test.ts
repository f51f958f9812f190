import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { exportTokens } from "../../../shared/export/index.js";
import { lightTokens, themedTokens } from "./fixture-tokens.js";
import { dtcgRuleViolations } from "./dtcg-rules.js";

const schema = JSON.parse(readFileSync(new URL("../../../shared/export/dtcg/dtcg.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe("DTCG output against the 2025.10 schema and rules", () => {
  const cases = [
    ["single mode", exportTokens(lightTokens, "dtcg")],
    ["two modes", exportTokens(themedTokens, "dtcg")],
    ["rem, no aliases", exportTokens(lightTokens, "dtcg", { dimensionUnit: "rem", dtcgAliases: false })],
  ] as const;
  for (const [label, files] of cases) {
    it(`${label}: every file validates and follows the rules`, () => {
      for (const file of files) {
        expect(file.filename).toMatch(/\.tokens\.json$/);
        expect(file.mediaType).toBe("application/design-tokens+json");
        const doc = JSON.parse(file.content) as Record<string, unknown>;
        expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(dtcgRuleViolations(doc)).toEqual([]);
      }
    });
  }

  it("the schema and rules reject what the spec forbids", () => {
    const good = { color: { $type: "color", a: { $value: { colorSpace: "srgb", components: [1, 0, 0], hex: "#ff0000" } } } };
    expect(validate(good)).toBe(true);
    expect(validate({ color: { "a.b": { $value: "#fff" } } })).toBe(false); // dot in a name
    expect(validate({ color: { a: { $type: "color", $value: { colorSpace: "srgb", components: [2, 0, 0] } } } })).toBe(false); // out of range
    expect(dtcgRuleViolations({ color: { $type: "color", a: { $value: { colorSpace: "srgb", components: [2, 0, 0] } } } })).toHaveLength(1); // inherited type
    expect(validate({ spacing: { a: { $type: "dimension", $value: { value: 4, unit: "em" } } } })).toBe(false); // unit
    expect(validate({ color: { a: { $value: "{x}", $bogus: 1 } } })).toBe(false); // unknown $ key
    expect(dtcgRuleViolations({ color: { $type: "color", a: { $value: "{color.missing}" } } })).toHaveLength(1);
    expect(dtcgRuleViolations({ a: { $value: { value: 1, unit: "px" } } })).toEqual(["a: no $type"]);
  });
});

describe("DTCG paths that need care", () => {
  it("a palette token that is also a group is referenced through $root; the file validates and imports back", async () => {
    const { lightTokens: base } = await import("./fixture-tokens.js");
    const { importDtcg } = await import("../../../shared/export/index.js");
    const set = {
      ...base,
      colors: [
        { ...base.colors[0], id: "w", name: "color/white" }, // is the palette token `white` itself
        { ...base.colors[1], id: "ws", name: "color/white/soft" }, // makes color.white a group
        { ...base.colors[0], id: "bg", name: "color/background" }, // aliases it
      ],
    };
    const [file] = exportTokens(set, "dtcg");
    const doc = JSON.parse(file.content) as { color: Record<string, Record<string, { $value: unknown }>> };
    expect(doc.color.white.$root.$value).toMatchObject({ hex: "#ffffff" });
    expect(doc.color.background.$value).toBe("{color.white.$root}");
    expect(validate(doc)).toBe(true);
    expect(dtcgRuleViolations(doc as Record<string, unknown>)).toEqual([]);
    const back = importDtcg(file.content);
    expect(back.colors.map((c) => [c.name, c.hex]).sort()).toEqual(set.colors.map((c) => [c.name, c.hex]).sort());
  });
});
