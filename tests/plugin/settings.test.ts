import { afterEach, describe, expect, it } from "vitest";
import type { SavedExtraction } from "../../shared/protocol/endpoints";
import { EXTRACTION_KEY } from "../../plugin/main/extraction-store";
import { SETTINGS_KEY } from "../../plugin/main/settings";
import { color, spacing, startFake, tokenSet } from "./helpers";

let running: ReturnType<typeof startFake> | undefined;
afterEach(() => running?.stop());

const saved = (colors = 3): SavedExtraction => {
  const tokens = tokenSet(
    Array.from({ length: colors }, (_, i) => color(`color/c-${i}`, `#${i.toString(16).padStart(6, "0")}`, { id: `c${i}` })),
    [spacing("spacing/md", 16)],
  );
  return {
    savedAt: "2026-11-30T05:00:00.000Z",
    response: { version: "1", ...tokens, gradients: [], frames: [], naming: { source: "heuristic", model: null, warnings: [] }, usage: null, cache: "miss" },
    tokens,
  };
};

describe("settings", () => {
  it("starts from the defaults and generates a client id once", async () => {
    const { fake, client } = (running = startFake());
    const first = await client.callAsync("get-settings", {});
    expect(first).toMatchObject({ backendUrl: "http://localhost:8787", accessKey: "", exportScale: 2, namingStyle: "semantic", collectionName: "Copy That" });
    expect(first.clientId).toMatch(/^[0-9a-f]{32}$/);
    expect((await client.callAsync("get-settings", {})).clientId).toBe(first.clientId);
    expect(fake.storage.get(SETTINGS_KEY)).toMatchObject({ clientId: first.clientId });
  });

  it("round-trips an update through clientStorage and keeps the client id", async () => {
    const { fake, client } = (running = startFake());
    const before = await client.callAsync("get-settings", {});
    const after = await client.callAsync("set-settings", { backendUrl: "https://api.example.dev", accessKey: "k-123", exportScale: 1, namingStyle: "palette", collectionName: "Brand", clientId: "hijack" });
    expect(after).toEqual({ backendUrl: "https://api.example.dev", accessKey: "k-123", exportScale: 1, namingStyle: "palette", collectionName: "Brand", clientId: before.clientId });
    const restarted = startFake();
    for (const [k, v] of fake.storage) restarted.fake.storage.set(k, v);
    expect(await restarted.client.callAsync("get-settings", {})).toEqual(after);
    restarted.stop();
  });

  it("falls back to defaults for corrupt stored fields", async () => {
    const { fake, client } = (running = startFake());
    fake.storage.set(SETTINGS_KEY, { backendUrl: "not a url", exportScale: 99, collectionName: "Mine", clientId: "abc" });
    expect(await client.callAsync("get-settings", {})).toMatchObject({ backendUrl: "http://localhost:8787", exportScale: 2, collectionName: "Mine", clientId: "abc" });
  });
});

describe("saved extraction", () => {
  it("returns null before anything was saved, then restores what was saved", async () => {
    const { client } = (running = startFake());
    expect(await client.callAsync("load-extraction", {})).toEqual({ saved: null });
    const value = saved();
    await client.callAsync("save-extraction", value);
    expect((await client.callAsync("load-extraction", {})).saved).toEqual(value);
  });

  it("splits a large extraction over several plugin-data entries under Figma's 100 kB cap and drops stale chunks", async () => {
    const { fake, client } = (running = startFake());
    const big = saved(1500);
    await client.callAsync("save-extraction", big);
    const chunks = Number(fake.figma.root.getPluginData(`${EXTRACTION_KEY}:count`));
    expect(chunks).toBeGreaterThan(2);
    expect((await client.callAsync("load-extraction", {})).saved?.tokens.colors).toHaveLength(1500);
    await client.callAsync("save-extraction", saved(2));
    expect(fake.figma.root.getPluginDataKeys().filter((k) => k.startsWith(EXTRACTION_KEY))).toEqual([`${EXTRACTION_KEY}:count`, `${EXTRACTION_KEY}:0`]);
    expect((await client.callAsync("load-extraction", {})).saved?.tokens.colors).toHaveLength(2);
  });

  it("treats a damaged save as no save", async () => {
    const { fake, client } = (running = startFake());
    fake.figma.root.setPluginData(`${EXTRACTION_KEY}:count`, "2");
    fake.figma.root.setPluginData(`${EXTRACTION_KEY}:0`, '{"savedAt":');
    expect(await client.callAsync("load-extraction", {})).toEqual({ saved: null });
  });
});
