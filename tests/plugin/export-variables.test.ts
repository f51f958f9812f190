import { afterEach, describe, expect, it } from "vitest";
import { TokenSetSchema } from "../../shared/contract/tokens";
import { startFake } from "./helpers";

let running: ReturnType<typeof startFake> | undefined;
afterEach(() => running?.stop());

const rgb = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16) / 255, g: parseInt(hex.slice(3, 5), 16) / 255, b: parseInt(hex.slice(5, 7), 16) / 255, a: 1 });

describe("export-variables", () => {
  it("turns a two-mode collection with an alias into a token set with mode values, aliases resolved", async () => {
    const { fake, client } = (running = startFake());
    const api = fake.figma.variables;
    const palette = api.createVariableCollection("Palette");
    const blue = api.createVariable("Blue/600", palette, "COLOR");
    blue.setValueForMode(palette.defaultModeId, rgb("#2563eb"));
    const theme = api.createVariableCollection("Theme");
    theme.renameMode(theme.defaultModeId, "Light");
    const dark = theme.addMode("Dark");
    const text = api.createVariable("Text/Primary", theme, "COLOR");
    text.setValueForMode(theme.defaultModeId, rgb("#111827"));
    text.setValueForMode(dark, rgb("#f9fafb"));
    const link = api.createVariable("Link", theme, "COLOR");
    link.setValueForMode(theme.defaultModeId, api.createVariableAlias(blue));
    link.setValueForMode(dark, api.createVariableAlias(text));
    const gap = api.createVariable("Space/Gap M", theme, "FLOAT");
    gap.setValueForMode(theme.defaultModeId, 16);
    gap.setValueForMode(dark, 16);
    const label = api.createVariable("Label", theme, "STRING");
    label.setValueForMode(theme.defaultModeId, "hi");

    const set = await client.callAsync("export-variables", { collectionId: theme.id });
    expect(TokenSetSchema.parse(set)).toEqual(set);
    expect(set.modes).toEqual(["Light", "Dark"]);
    expect(set.colors.map((c) => [c.name, c.hex, c.modeValues, c.role])).toEqual([
      ["color/text/primary", "#111827", { Dark: "#f9fafb" }, "text"],
      ["color/link", "#2563eb", { Dark: "#f9fafb" }, "other"],
    ]);
    expect(set.colors[0]).toMatchObject({ namingSource: "imported", palette: expect.stringMatching(/^gray-\d+$/) });
    expect(set.spacing).toEqual([expect.objectContaining({ name: "spacing/space/gap-m", px: 16, modeValues: { Dark: 16 } })]);
  });

  it("keeps the token id stored by a previous sync so exports and re-syncs line up", async () => {
    const { client } = (running = startFake());
    await client.callAsync("apply-sync", {
      collectionName: "Copy That",
      modeName: "Default",
      tokens: { colors: [{ id: "tok-1", hex: "#ff0000", name: "color/red", role: "danger", palette: "red-500", coverage: 0, frames: [], usage: [] }], spacing: [] },
    });
    const [collection] = (await client.callAsync("list-collections", {})).collections;
    expect(collection).toMatchObject({ name: "Copy That", variableCount: 1, modes: [{ name: "Default" }] });
    const set = await client.callAsync("export-variables", { collectionId: collection.id });
    expect(set.colors[0]).toMatchObject({ id: "tok-1", name: "color/red", hex: "#ff0000" });
  });

  it("answers an unknown collection id with a typed error", async () => {
    const { client } = (running = startFake());
    await expect(client.callAsync("export-variables", { collectionId: "nope" })).rejects.toMatchObject({ code: "collection_not_found" });
  });
});
