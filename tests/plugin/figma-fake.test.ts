import { describe, expect, it } from "vitest";
import { createFigmaFake } from "../fakes/figma";

describe("the Figma fake behaves like Figma where the plugin depends on it", () => {
  it("throws on a duplicate variable name in one collection, allows it in another", () => {
    const { figma } = createFigmaFake();
    const a = figma.variables.createVariableCollection("A");
    const b = figma.variables.createVariableCollection("B");
    figma.variables.createVariable("color/x", a, "COLOR");
    expect(() => figma.variables.createVariable("color/x", a, "COLOR")).toThrow(/already exists/);
    expect(() => figma.variables.createVariable("color/x", b, "COLOR")).not.toThrow();
    const y = figma.variables.createVariable("color/y", a, "COLOR");
    expect(() => (y.name = "color/x")).toThrow(/already exists/);
  });

  it("refuses invalid names, wrong value types, bad scope mixes and writing resolvedType", () => {
    const { figma } = createFigmaFake();
    const c = figma.variables.createVariableCollection("C");
    expect(() => figma.variables.createVariable("color.bad", c, "COLOR")).toThrow(/Invalid variable name/);
    expect(() => figma.variables.createVariable("a//b", c, "COLOR")).toThrow(/Invalid variable name/);
    const v = figma.variables.createVariable("size", c, "FLOAT");
    expect(() => v.setValueForMode(c.defaultModeId, { r: 1, g: 1, b: 1, a: 1 })).toThrow(/Mismatched/);
    expect(() => (v.scopes = ["ALL_SCOPES", "GAP"])).toThrow(/only scope/);
    const col = figma.variables.createVariable("col", c, "COLOR");
    expect(() => (col.scopes = ["ALL_FILLS", "TEXT_FILL"])).toThrow(/ALL_FILLS/);
    expect(() => ((v as { resolvedType: string }).resolvedType = "COLOR")).toThrow(TypeError);
  });

  it("enforces the plan's mode limit", () => {
    const { figma } = createFigmaFake({ maxModes: 2 });
    const c = figma.variables.createVariableCollection("C");
    c.addMode("Dark");
    expect(() => c.addMode("HC")).toThrow(/Limited to 2 modes/);
  });

  it("throws on sync getters under dynamic-page", () => {
    const { figma } = createFigmaFake();
    expect(() => figma.getNodeById("1:1")).toThrow(/dynamic-page/);
    expect(() => figma.variables.getLocalVariables()).toThrow(/getLocalVariablesAsync/);
    expect(() => figma.variables.getVariableById("x")).toThrow(/dynamic-page/);
  });

  it("caps one plugin-data entry at 100 kB", () => {
    const { figma } = createFigmaFake();
    expect(() => figma.root.setPluginData("k", "x".repeat(100_001))).toThrow(/too large/);
  });

  it("counts document changes per undo step", () => {
    const fake = createFigmaFake();
    const c = fake.figma.variables.createVariableCollection("C");
    fake.figma.variables.createVariable("a", c, "FLOAT").setValueForMode(c.defaultModeId, 1);
    fake.figma.commitUndo();
    expect(fake.log.undoSteps).toEqual([3]);
  });
});
