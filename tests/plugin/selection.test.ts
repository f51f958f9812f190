import { afterEach, describe, expect, it } from "vitest";
import type { EventPayload } from "../../shared/protocol/endpoints";
import { settle, startFake, waitFor } from "./helpers";

let running: ReturnType<typeof startFake> | undefined;
afterEach(() => running?.stop());

describe("selection", () => {
  it("keeps frames, components, component sets, instances, sections and groups, in selection order", async () => {
    const { fake, client } = (running = startFake());
    const types = ["FRAME", "RECTANGLE", "COMPONENT", "TEXT", "COMPONENT_SET", "INSTANCE", "SECTION", "GROUP", "VECTOR"] as const;
    const nodes = types.map((type, i) => fake.addNode({ type, name: `n${i}`, width: 100, height: 50 }));
    fake.select(nodes);
    const { frames, ignored } = await client.callAsync("get-selection", {});
    expect(frames.map((f) => f.type)).toEqual(["FRAME", "COMPONENT", "COMPONENT_SET", "INSTANCE", "SECTION", "GROUP"]);
    expect(frames[0]).toEqual({ id: nodes[0].id, name: "n0", type: "FRAME", width: 100, height: 50 });
    expect(ignored).toBe(3);
  });

  it("leaves out zero-size layers and reports an empty selection as no frames", async () => {
    const { fake, client } = (running = startFake());
    fake.select([fake.addNode({ type: "FRAME", width: 0, height: 40 }), fake.addNode({ type: "TEXT", width: 10, height: 10 })]);
    expect(await client.callAsync("get-selection", {})).toEqual({ frames: [], ignored: 2 });
    fake.select([]);
    expect(await client.callAsync("get-selection", {})).toEqual({ frames: [], ignored: 0 });
  });

  it("pushes selection-changed on every selectionchange", async () => {
    const { fake, client } = (running = startFake());
    const seen: EventPayload<"selection-changed">[] = [];
    client.on("selection-changed", (p) => seen.push(p));
    const a = fake.addNode({ type: "FRAME", name: "A", width: 10, height: 10 });
    const b = fake.addNode({ type: "INSTANCE", name: "B", width: 10, height: 10 });
    fake.select([a]);
    await waitFor(() => seen.length === 1);
    fake.select([a, b]);
    await waitFor(() => seen.length === 2);
    fake.select([]);
    await waitFor(() => seen.length === 3);
    expect(seen.map((s) => s.frames.map((f) => f.name))).toEqual([["A"], ["A", "B"], []]);
  });

  it("pushes selection-changed when the designer switches pages", async () => {
    const { fake, client } = (running = startFake());
    const seen: string[][] = [];
    client.on("selection-changed", (p) => seen.push(p.frames.map((f) => f.name)));
    fake.switchPage([fake.addNode({ type: "SECTION", name: "Other page", width: 10, height: 10 })]);
    await waitFor(() => seen.length > 0);
    expect(seen).toEqual([["Other page"]]);
  });

  it("stops listening when the main thread is stopped", async () => {
    const { fake, client, stop } = startFake();
    const seen: unknown[] = [];
    client.on("selection-changed", (p) => seen.push(p));
    stop();
    fake.select([fake.addNode({ type: "FRAME", width: 10, height: 10 })]);
    await settle();
    expect(seen).toEqual([]);
  });
});
