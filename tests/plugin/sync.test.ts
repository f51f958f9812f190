import { afterEach, describe, expect, it } from "vitest";
import { RpcError } from "../../shared/protocol/rpc";
import { color, spacing, startFake, tokenSet, waitFor } from "./helpers";

let running: ReturnType<typeof startFake> | undefined;
afterEach(() => running?.stop());
const start = (opts?: Parameters<typeof startFake>[0]) => (running = startFake(opts));

const base = () =>
  tokenSet(
    [color("color/brand/primary", "#3366cc", { role: "primary" }), color("color/text/default", "#111827", { role: "text" }), color("color/border", "#e5e7eb", { role: "border" })],
    [spacing("spacing/sm", 8), spacing("spacing/lg", 24, { contexts: [{ context: "margin", count: 2 }] })],
  );
const request = (tokens = base(), modeName = "Light") => ({ tokens, collectionName: "Copy That", modeName });

describe("variables sync", () => {
  it("creates the collection, variables, values, scopes and code syntax on first run", async () => {
    const { fake, client } = start();
    const preview = await client.callAsync("preview-sync", request());
    expect(preview.collection).toEqual({ name: "Copy That", exists: false });
    expect(preview.created.map((e) => e.name)).toEqual(["color/brand/primary", "color/text/default", "color/border", "spacing/sm", "spacing/lg"]);
    expect(fake.log.pendingMutations).toBe(0); // preview writes nothing
    const result = await client.callAsync("apply-sync", request());
    expect(result).toMatchObject({ created: 5, updated: 0, renamed: 0, unchanged: 0, conflicts: 0 });
    const [collection] = fake.collections.values();
    expect(collection.modes.map((m) => m.name)).toEqual(["Light"]);
    const byName = new Map([...fake.variables.values()].map((v) => [v.name, v]));
    const primary = byName.get("color/brand/primary")!;
    expect(primary.valuesByMode[collection.defaultModeId]).toEqual({ r: 0x33 / 255, g: 0x66 / 255, b: 0xcc / 255, a: 1 });
    expect(primary.scopes).toEqual(["ALL_FILLS", "STROKE_COLOR"]);
    expect(primary.codeSyntax.WEB).toBe("var(--color-brand-primary)");
    expect(byName.get("color/text/default")!.scopes).toEqual(["TEXT_FILL"]);
    expect(byName.get("color/border")!.scopes).toEqual(["STROKE_COLOR"]);
    expect(byName.get("spacing/sm")!.scopes).toEqual(["GAP"]);
    expect(byName.get("spacing/lg")!.scopes).toEqual(["GAP", "WIDTH_HEIGHT"]);
    expect(byName.get("spacing/lg")!.valuesByMode[collection.defaultModeId]).toBe(24);
    expect(fake.log.notifications.at(-1)?.message).toMatch(/5 created/);
  });

  it("is idempotent: a second run creates nothing and a changed value is updated in place", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    const ids = [...fake.variables.keys()];
    const again = await client.callAsync("apply-sync", request());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    const tokens = base();
    tokens.colors[0] = { ...tokens.colors[0], hex: "#2255bb", id: "c-2255bb" }; // re-measured: new id, same name
    tokens.spacing[0] = { ...tokens.spacing[0], px: 12 };
    const preview = await client.callAsync("preview-sync", request(tokens));
    expect(preview.changed.map((e) => [e.name, e.oldValue, e.newValue])).toEqual([
      ["color/brand/primary", "#3366cc", "#2255bb"],
      ["spacing/sm", 8, 12],
    ]);
    const third = await client.callAsync("apply-sync", request(tokens));
    expect(third).toMatchObject({ created: 0, updated: 2, unchanged: 3 });
    expect([...fake.variables.keys()]).toEqual(ids);
    expect(fake.variables.size).toBe(5);
    expect(fake.collections.size).toBe(1);
  });

  it("matches by the stored token id after the designer renamed the variable in Figma, and keeps that name", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    const v = [...fake.variables.values()].find((x) => x.name === "color/brand/primary")!;
    v.name = "brand/main";
    const tokens = base();
    tokens.colors[0] = { ...tokens.colors[0], hex: "#3366cd" };
    const preview = await client.callAsync("preview-sync", request(tokens));
    expect(preview.created).toEqual([]);
    expect(preview.renamed).toEqual([]);
    expect(preview.changed).toEqual([expect.objectContaining({ name: "brand/main", variableId: v.id, oldValue: "#3366cc", newValue: "#3366cd" })]);
    await client.callAsync("apply-sync", request(tokens));
    expect(v.name).toBe("brand/main");
    expect(fake.variables.size).toBe(5);
  });

  it("prefers the exact name when a re-measured value brings an old token id back under another name", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    const primary = [...fake.variables.values()].find((v) => v.name === "color/brand/primary")!;
    const tokens = base();
    // The brand color was re-measured (new id); its old value now shows up as a palette color.
    tokens.colors[0] = { ...tokens.colors[0], id: "c-2255bb", hex: "#2255bb" };
    tokens.colors.push(color("color/blue-500", "#3366cc"));
    const preview = await client.callAsync("preview-sync", request(tokens));
    expect(preview.conflicts).toEqual([]);
    expect(preview.renamed).toEqual([]);
    expect(preview.changed).toEqual([expect.objectContaining({ name: "color/brand/primary", variableId: primary.id, newValue: "#2255bb" })]);
    expect(preview.created.map((e) => e.name)).toEqual(["color/blue-500"]);
  });

  it("renames the variable when the token was renamed in review", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    const tokens = base();
    tokens.colors[0] = { ...tokens.colors[0], name: "color/brand/accent" };
    const preview = await client.callAsync("preview-sync", request(tokens));
    expect(preview.renamed).toEqual([expect.objectContaining({ oldName: "color/brand/primary", name: "color/brand/accent" })]);
    const result = await client.callAsync("apply-sync", request(tokens));
    expect(result).toMatchObject({ renamed: 1, created: 0 });
    const names = [...fake.variables.values()].map((v) => v.name);
    expect(names).toContain("color/brand/accent");
    expect(names).not.toContain("color/brand/primary");
    const renamed = [...fake.variables.values()].find((v) => v.name === "color/brand/accent")!;
    expect(renamed.codeSyntax.WEB).toBe("var(--color-brand-accent)");
  });

  it("never deletes: variables the set doesn't mention survive, and a type clash is reported and skipped", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    const [collection] = fake.collections.values();
    const mine = fake.figma.variables.createVariable("radius/md", collection, "FLOAT");
    mine.setValueForMode(collection.defaultModeId, 6);
    const clash = fake.figma.variables.createVariable("spacing/xl", collection, "COLOR");
    clash.setValueForMode(collection.defaultModeId, { r: 1, g: 0, b: 0, a: 1 });
    const tokens = tokenSet([base().colors[0]], [spacing("spacing/xl", 32)]);
    const preview = await client.callAsync("preview-sync", request(tokens));
    expect(preview.conflicts).toEqual([expect.objectContaining({ name: "spacing/xl", reason: "type_mismatch", variableId: clash.id })]);
    expect(preview.untouched.map((u) => u.name).sort()).toEqual(["color/border", "color/text/default", "radius/md", "spacing/lg", "spacing/sm", "spacing/xl"]);
    const result = await client.callAsync("apply-sync", request(tokens));
    expect(result).toMatchObject({ conflicts: 1, created: 0, unchanged: 1 });
    expect(fake.log.removedVariables).toEqual([]);
    expect(fake.variables.get(clash.id)?.resolvedType).toBe("COLOR");
    expect(fake.variables.get(mine.id)?.valuesByMode[collection.defaultModeId]).toBe(6);
    expect(fake.variables.size).toBe(7);
  });

  it("writes one apply as one undo step", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    expect(fake.log.calls.commitUndo).toBe(1);
    expect(fake.log.undoSteps).toHaveLength(1);
    expect(fake.log.undoSteps[0]).toBeGreaterThan(20);
    expect(fake.log.pendingMutations).toBe(0);
  });

  it("reads the variables once per sync, with no per-token lookups", async () => {
    const { fake, client } = start();
    await client.callAsync("apply-sync", request());
    expect(fake.log.calls.getLocalVariablesAsync).toBe(1);
    expect(fake.log.calls.getLocalVariableCollectionsAsync).toBe(1);
    expect(fake.log.calls.getVariableByIdAsync ?? 0).toBe(0);
  });

  it("adds a second mode for light/dark tokens and fills it", async () => {
    const { fake, client } = start();
    const tokens = tokenSet([color("color/bg", "#ffffff", { role: "background", modeValues: { Dark: "#111111" } })], [], ["Light", "Dark"]);
    const preview = await client.callAsync("preview-sync", request(tokens, "Light"));
    expect(preview.modes).toEqual([{ name: "Light", exists: false }, { name: "Dark", exists: false }]);
    await client.callAsync("apply-sync", request(tokens, "Light"));
    const [collection] = fake.collections.values();
    const [bg] = fake.variables.values();
    const dark = collection.modes.find((m) => m.name === "Dark")!;
    expect(bg.valuesByMode[dark.modeId]).toEqual({ r: 0x11 / 255, g: 0x11 / 255, b: 0x11 / 255, a: 1 });
    expect(bg.scopes).toEqual(["FRAME_FILL", "SHAPE_FILL"]);
    const darker = tokenSet([color("color/bg", "#ffffff", { role: "background", modeValues: { Dark: "#000000" } })], [], ["Light", "Dark"]);
    const next = await client.callAsync("preview-sync", request(darker, "Light"));
    expect(next.modes).toEqual([{ name: "Light", exists: true }, { name: "Dark", exists: true }]);
    expect(next.changed).toEqual([expect.objectContaining({ name: "color/bg", newValue: "#ffffff", modeChanges: [{ mode: "Dark", oldValue: "#111111", newValue: "#000000" }] })]);
    expect(next.changed[0].oldValue).toBeUndefined();
  });

  it("writes into an existing collection's default mode when it lacks the chosen mode, unless asked to add it", async () => {
    const { fake, client } = start({ maxModes: 1 });
    const mine = fake.figma.variables.createVariableCollection("Copy That"); // the designer's own, mode "Mode 1"
    const tokens = base();
    const preview = await client.callAsync("preview-sync", request(tokens, "Default"));
    expect(preview.modes).toEqual([{ name: "Mode 1", exists: true }]);
    await client.callAsync("apply-sync", request(tokens, "Default"));
    expect(mine.modes.map((m) => m.name)).toEqual(["Mode 1"]);
    const [v] = fake.variables.values();
    expect(v.valuesByMode[mine.defaultModeId]).toBeDefined();
    const error = await client.callAsync("apply-sync", { ...request(tokens, "Brand B"), addMode: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "mode_limit" });
    expect(fake.collections.size).toBe(1);
    expect(mine.modes).toHaveLength(1);
  });

  it("explains the plan's mode limit and writes nothing", async () => {
    const { fake, client } = start({ maxModes: 1 });
    const tokens = tokenSet([color("color/bg", "#ffffff", { modeValues: { Dark: "#111111" } })], [], ["Light", "Dark"]);
    const error = await client.callAsync("apply-sync", request(tokens)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).code).toBe("mode_limit");
    expect((error as RpcError).message).toMatch(/Dark.*plan.*Starter allows 1/s);
    expect(fake.collections.size).toBe(0);
    expect(fake.variables.size).toBe(0);
  });

  it("keeps a partial sync that Figma stopped as one undo step and says so", async () => {
    const { fake, client } = start();
    const create = fake.figma.variables.createVariable.bind(fake.figma.variables);
    fake.figma.variables.createVariable = (name, collection, type) => {
      if (name === "spacing/sm") throw new Error("in createVariable: Internal error");
      return create(name, collection, type);
    };
    const error = await client.callAsync("apply-sync", request()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "sync_failed", message: expect.stringMatching(/spacing\/sm.*3 variable\(s\) were written.*undo once/) });
    expect(fake.log.undoSteps).toHaveLength(1);
    expect(fake.log.pendingMutations).toBe(0);
    expect(fake.log.notifications.at(-1)).toMatchObject({ options: { error: true } });
  });

  it("refuses malformed tokens with bad_params before touching the document", async () => {
    const { fake } = start();
    const replies: unknown[] = [];
    fake.ui.onMessageFromMain((m) => replies.push(m));
    fake.ui.sendToMain({ kind: "request", id: "x1", method: "apply-sync", params: { collectionName: "C", modeName: "M", tokens: { colors: [{ id: "a", name: "Bad Name", hex: "#fff" }], spacing: [] } } });
    await waitFor(() => replies.length > 0);
    expect(replies).toEqual([{ kind: "response", id: "x1", ok: false, error: { code: "bad_params", message: expect.stringContaining("Bad Name") } }]);
    expect(fake.collections.size).toBe(0);
  });
});
