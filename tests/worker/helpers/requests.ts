import { exports } from "cloudflare:workers";

/** A test client: its own id and IP, so rate-limit windows of different tests never meet. */
export interface TestClient {
  id: string;
  ip: string;
}

let counter = 0;
/** A fresh client identity for one test. */
export function newClient(label: string): TestClient {
  counter++;
  return { id: `${label}-${Date.now().toString(36)}-${counter}`, ip: `198.51.${Math.floor(Math.random() * 250)}.${counter % 250}` };
}

const clientHeaders = (client: TestClient): Record<string, string> => ({ "x-client-id": client.id, "cf-connecting-ip": client.ip });

/** POST a raw body as image/png (or another content type via headers) to /v1/extract. */
export function postPng(
  bytes: Uint8Array | string,
  init: { query?: string; client?: TestClient; headers?: Record<string, string> } = {},
): Promise<Response> {
  return exports.default.fetch(`http://x/v1/extract${init.query ? `?${init.query}` : ""}`, {
    method: "POST",
    headers: { "content-type": "image/png", ...clientHeaders(init.client ?? newClient("png")), ...init.headers },
    body: bytes,
  });
}

/** Builds a multipart body with `frame` parts and an optional `options` part. */
export function framesForm(frames: Uint8Array[], options?: unknown): FormData {
  const form = new FormData();
  frames.forEach((f, i) => form.append("frame", new File([f], `frame-${i}.png`, { type: "image/png" })));
  if (options !== undefined) form.append("options", typeof options === "string" ? options : JSON.stringify(options));
  return form;
}

/** POST multipart frames (+ optional options JSON) to /v1/extract. */
export function postFrames(frames: Uint8Array[], options?: unknown, init: { client?: TestClient; headers?: Record<string, string> } = {}): Promise<Response> {
  return exports.default.fetch("http://x/v1/extract", {
    method: "POST",
    headers: { ...clientHeaders(init.client ?? newClient("mp")), ...init.headers },
    body: framesForm(frames, options),
  });
}

/** Parses an SSE body into `{ event, data }` records. */
export async function readSse(res: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await res.text();
  return text
    .split(/\n\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? "message";
      const data = block
        .split("\n")
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.replace(/^data: ?/, ""))
        .join("\n");
      return { event, data: JSON.parse(data) as unknown };
    });
}
