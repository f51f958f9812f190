import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ProgressEvent } from "../../../shared/contract/extract.js";
import { extractStreamAsync } from "./extract-stream.js";

const response = {
  version: "1", colors: [], spacing: [], gradients: [], baseUnit: null, modes: ["Default"],
  frames: [{ id: "f", name: "Hero", width: 10, height: 10, scale: 1, scaleSource: "given", photos: 0 }],
  naming: { source: "heuristic", model: null, warnings: [] }, usage: null, cache: "miss",
};

let server: Server;
let url = "";
let last: { headers: IncomingMessage["headers"]; body: string } | undefined;
let handler: (res: ServerResponse) => void = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      last = { headers: req.headers, body: Buffer.concat(chunks).toString("latin1") };
      handler(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const frames = [{ png: new Uint8Array([137, 80, 78, 71]), options: { name: "Hero", scale: 2 } }];

describe("extractStreamAsync", () => {
  it("posts multipart frames + options with the auth headers and reads progress then result", async () => {
    handler = (res) => {
      res.writeHead(200, { "Content-Type": "text/event-stream" });
      res.write('event: progress\ndata: {"stage":"received","frame":0,"done":1,"total":1}\n\n');
      setTimeout(() => res.end(`event: result\ndata: ${JSON.stringify(response)}\n\n`), 20);
    };
    const seen: ProgressEvent[] = [];
    const result = await extractStreamAsync({ backendUrl: `${url}/`, accessKey: "k1", clientId: "c1", frames, onProgress: (e) => seen.push(e) });
    expect(result.frames[0].name).toBe("Hero");
    expect(seen).toEqual([{ stage: "received", frame: 0, done: 1, total: 1 }]);
    expect(last!.headers.authorization).toBe("Bearer k1");
    expect(last!.headers["x-client-id"]).toBe("c1");
    expect(last!.headers.accept).toBe("text/event-stream");
    expect(last!.body).toContain('name="frame"');
    expect(last!.body).toContain('{"frames":[{"name":"Hero","scale":2}],"naming":"auto"}');
  });
  it("turns an SSE error event into a typed frame error", async () => {
    handler = (res) => {
      res.writeHead(200, { "Content-Type": "text/event-stream" });
      res.end('event: error\ndata: {"type":"x","title":"Bad","status":422,"detail":"not a png","code":"not_png","frame":0}\n\n');
    };
    await expect(extractStreamAsync({ backendUrl: url, frames })).rejects.toMatchObject({ kind: "frame_rejected", details: { code: "not_png", frame: 0 } });
  });
  it("reads 429 Retry-After and rejects a result that breaks the contract", async () => {
    handler = (res) => (res.writeHead(429, { "Content-Type": "application/problem+json", "Retry-After": "12" }), res.end('{"code":"rate_limited"}'));
    await expect(extractStreamAsync({ backendUrl: url, frames })).rejects.toMatchObject({ kind: "rate_limited", details: { retryAfter: 12 } });
    handler = (res) => (res.writeHead(200, { "Content-Type": "text/event-stream" }), res.end('event: result\ndata: {"colors":"nope"}\n\n'));
    await expect(extractStreamAsync({ backendUrl: url, frames })).rejects.toMatchObject({ kind: "bad_response" });
  });
  it("reports an unreachable backend, a stream without result, and cancellation", async () => {
    await expect(extractStreamAsync({ backendUrl: "http://127.0.0.1:9", frames })).rejects.toMatchObject({ kind: "unreachable" });
    handler = (res) => (res.writeHead(200, { "Content-Type": "text/event-stream" }), res.end(": nothing\n\n"));
    await expect(extractStreamAsync({ backendUrl: url, frames })).rejects.toMatchObject({ kind: "bad_response" });
    handler = (res) => (res.writeHead(200, { "Content-Type": "text/event-stream" }), res.write(": open\n\n"));
    const controller = new AbortController();
    const pending = extractStreamAsync({ backendUrl: url, frames, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ kind: "aborted" });
  });
});
