import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ExtractResponseSchema, ProgressEventSchema } from "../../shared/contract/extract.js";
import { ProblemSchema } from "../../shared/contract/problem.js";
import { PIPELINE_VERSION } from "../../shared/engine/version.js";
import { makeUiPng } from "./helpers/make-png.js";
import { newClient, postFrames, postPng, readSse } from "./helpers/requests.js";

const hexes = (body: { colors: { hex: string }[] }) => body.colors.map((c) => c.hex);

describe("POST /v1/extract end to end in workerd", () => {
  it("extracts exact colors from a raw PNG body with query options, then answers the same request from the cache", async () => {
    const png = makeUiPng(11);
    const client = newClient("raw");
    const first = await postPng(png, { client, query: "scale=1&name=Hero&naming=heuristic" });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain("application/json");
    expect(first.headers.get("cache-control")).toBe("private, no-store");
    const body = ExtractResponseSchema.parse(await first.json());
    expect(body.version).toBe(PIPELINE_VERSION);
    expect(body.cache).toBe("miss");
    expect(hexes(body)).toEqual(expect.arrayContaining(["#2563eb", "#f3f4f6"]));
    expect(body.frames).toEqual([expect.objectContaining({ name: "Hero", width: 64, height: 48, scale: 1 })]);
    expect(body.naming.source).toBe("heuristic");
    expect(body.naming.warnings.map((w) => w.code)).toEqual(["claude_disabled"]);
    expect(body.requestId).toBe(first.headers.get("x-request-id"));

    // The cache write happens in waitUntil: poll briefly for the hit.
    let second = ExtractResponseSchema.parse(await (await postPng(png, { client, query: "scale=1&name=Hero&naming=heuristic" })).json());
    for (let i = 0; i < 20 && second.cache !== "hit"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      second = ExtractResponseSchema.parse(await (await postPng(png, { client, query: "scale=1&name=Hero&naming=heuristic" })).json());
    }
    expect(second.cache).toBe("hit");
    expect(second.usage).toBeNull();
    expect(second.colors).toEqual(body.colors);
    expect(second.requestId).not.toBe(body.requestId);

    // Options that change the result are part of the key: another name misses.
    const renamed = ExtractResponseSchema.parse(await (await postPng(png, { client, query: "scale=1&name=Other&naming=heuristic" })).json());
    expect(renamed.cache).toBe("miss");
    expect(renamed.frames[0].name).toBe("Other");
  });

  it("names a multipart frame after its file name when options give no name", async () => {
    const form = new FormData();
    form.append("frame", new File([makeUiPng(25)], "Pricing Page.png", { type: "image/png" }));
    form.append("options", JSON.stringify({ naming: "heuristic" }));
    const res = await exports.default.fetch("http://x/v1/extract", { method: "POST", headers: { "x-client-id": newClient("fname").id }, body: form });
    expect(res.status).toBe(200);
    expect(ExtractResponseSchema.parse(await res.json()).frames[0].name).toBe("Pricing Page");
  });

  it("extracts several multipart frames with per-frame names and scales, merged into one token set", async () => {
    const res = await postFrames([makeUiPng(21), makeUiPng(22)], { frames: [{ name: "Light", scale: 1 }, { name: "Second", scale: 2 }], naming: "heuristic", types: ["color"] });
    expect(res.status).toBe(200);
    const body = ExtractResponseSchema.parse(await res.json());
    expect(body.frames.map((f) => [f.name, f.scale])).toEqual([
      ["Light", 1],
      ["Second", 2],
    ]);
    expect(body.spacing).toEqual([]);
    expect(new Set(hexes(body)).size).toBe(body.colors.length);
    expect(hexes(body)).toContain("#2563eb");
  });

  it("streams progress events, the first before any decoding, then one result event", async () => {
    const res = await postFrames([makeUiPng(31), makeUiPng(32)], { naming: "heuristic" }, { headers: { accept: "text/event-stream" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("ratelimit-limit")).toBe("60");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const events = await readSse(res);
    expect(events[0]).toEqual({ event: "progress", data: { stage: "received", frame: null, done: 0, total: 2 } });
    const progress = events.filter((e) => e.event === "progress").map((e) => ProgressEventSchema.parse(e.data));
    const stages = progress.map((p) => `${p.stage}:${p.frame}`);
    expect(stages.indexOf("decoded:0")).toBeGreaterThan(0);
    expect(stages.indexOf("measured:1")).toBeGreaterThan(stages.indexOf("decoded:1"));
    expect(stages).toContain("merged:null");
    const last = events[events.length - 1];
    expect(last.event).toBe("result");
    const result = ExtractResponseSchema.parse(last.data);
    expect(result.frames).toHaveLength(2);
    expect(events.filter((e) => e.event === "result")).toHaveLength(1);
  });

  it("streams a cache hit as one merged progress event and the result", async () => {
    const client = newClient("ssehit");
    const png = makeUiPng(35);
    const plain = await postPng(png, { client, query: "naming=heuristic" });
    expect(plain.status).toBe(200);
    await plain.arrayBuffer();
    let events: { event: string; data: unknown }[] = [];
    for (let i = 0; i < 20; i++) {
      events = await readSse(await postPng(png, { client, query: "naming=heuristic", headers: { accept: "text/event-stream" } }));
      if ((events[events.length - 1]?.data as { cache?: string })?.cache === "hit") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(events.map((e) => e.event)).toEqual(["progress", "progress", "result"]);
    expect(events[1].data).toEqual({ stage: "merged", frame: null, done: 1, total: 1 });
    expect(ExtractResponseSchema.parse(events[2].data).cache).toBe("hit");
  });

  it("streams an error event carrying a problem when a frame is not a PNG", async () => {
    const res = await postFrames([makeUiPng(41), new TextEncoder().encode("definitely not a png")], { naming: "heuristic" }, { headers: { accept: "text/event-stream" } });
    expect(res.status).toBe(200);
    const events = await readSse(res);
    expect(events[0].event).toBe("progress");
    const last = events[events.length - 1];
    expect(last.event).toBe("error");
    const problem = ProblemSchema.parse(last.data);
    expect(problem).toMatchObject({ code: "not_png", status: 422, frame: 1 });
    expect(events.some((e) => e.event === "result")).toBe(false);
  });

  it("answers request-level errors as a plain problem even when SSE was asked for", async () => {
    const res = await exports.default.fetch("http://x/v1/extract", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", "x-client-id": newClient("sse415").id },
      body: "{}",
    });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
