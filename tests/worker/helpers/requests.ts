import { exports } from "cloudflare:workers";

let counter = 0;
/** A client id unique to this test run, so rate-limit windows of different tests never meet. */
export const uniqueClientId = (label: string): string => `${label}-${Date.now().toString(36)}-${counter++}`;

/** POST a raw PNG to /v1/extract. */
export function postPng(bytes: Uint8Array | string, init: { query?: string; clientId?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return exports.default.fetch(`http://x/v1/extract${init.query ? `?${init.query}` : ""}`, {
    method: "POST",
    headers: { "content-type": "image/png", "x-client-id": init.clientId ?? uniqueClientId("png"), ...init.headers },
    body: bytes,
  });
}

/** POST multipart frames (+ optional options JSON) to /v1/extract. */
export function postFrames(frames: Uint8Array[], options?: unknown, init: { clientId?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const form = new FormData();
  frames.forEach((f, i) => form.append("frame", new File([f], `frame-${i}.png`, { type: "image/png" })));
  if (options !== undefined) form.append("options", typeof options === "string" ? options : JSON.stringify(options));
  return exports.default.fetch("http://x/v1/extract", {
    method: "POST",
    headers: { "x-client-id": init.clientId ?? uniqueClientId("mp"), ...init.headers },
    body: form,
  });
}
