import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local fake of the Anthropic Messages API (`POST /v1/messages`).
 * It records every request and answers from a script of behaviours, one per request,
 * falling back to `default` when the script is empty. Control it over HTTP so tests
 * running inside workerd can drive it too:
 *   POST /__fake/script   body: Behaviour[]   (replaces the queue)
 *   POST /__fake/default  body: Behaviour
 *   GET  /__fake/requests → recorded requests      DELETE /__fake/requests → clear + reset
 */
export type Behaviour =
  | { kind: "reply"; json: unknown; usage?: { input_tokens: number; output_tokens: number } }
  | { kind: "text"; text: string; usage?: { input_tokens: number; output_tokens: number } }
  | { kind: "status"; status: 429 | 500 | 529 | 400 | 401 | 404; retryAfter?: number; body?: unknown }
  | { kind: "hang"; ms?: number }
  | { kind: "malformed" };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  receivedAt: number;
}

export interface FakeAnthropic {
  url: string;
  server: Server;
  requests: RecordedRequest[];
  script(behaviours: Behaviour[]): void;
  setDefault(behaviour: Behaviour): void;
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT: Behaviour = { kind: "text", text: "{}" };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function messageBody(model: string, text: string, usage = { input_tokens: 1200, output_tokens: 300 }) {
  return {
    id: `msg_fake_${Math.random().toString(36).slice(2, 10)}`,
    type: "message",
    role: "assistant",
    model,
    content: [{ type: "text", text }],
    stop_reason: "end_turn",
    stop_sequence: null,
    usage,
  };
}

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startFakeAnthropic(port = 0): Promise<FakeAnthropic> {
  let queue: Behaviour[] = [];
  let fallback: Behaviour = DEFAULT;
  const requests: RecordedRequest[] = [];
  const hangs = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const raw = await readBody(req);
    if (path === "/__fake/script" && req.method === "POST") return (queue = JSON.parse(raw)), send(res, 200, { ok: true });
    if (path === "/__fake/default" && req.method === "POST") return (fallback = JSON.parse(raw)), send(res, 200, { ok: true });
    if (path === "/__fake/requests" && req.method === "GET") return send(res, 200, requests);
    if (path === "/__fake/requests" && req.method === "DELETE") {
      requests.length = 0;
      queue = [];
      fallback = DEFAULT;
      return send(res, 200, { ok: true });
    }
    if (path !== "/v1/messages" || req.method !== "POST") return send(res, 404, { type: "error", error: { type: "not_found_error", message: path } });

    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      /* keep raw */
    }
    requests.push({ method: req.method, path, headers: req.headers, body, receivedAt: Date.now() });
    const auth = req.headers["x-api-key"] ?? req.headers["authorization"];
    if (!auth) return send(res, 401, { type: "error", error: { type: "authentication_error", message: "missing key" } });

    const model = (body as { model?: string })?.model ?? "claude-fake";
    const behaviour = queue.shift() ?? fallback;
    switch (behaviour.kind) {
      case "reply":
        return send(res, 200, messageBody(model, JSON.stringify(behaviour.json), behaviour.usage));
      case "text":
        return send(res, 200, messageBody(model, behaviour.text, behaviour.usage));
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"id":"msg_broken","type":"message","content":[{"type":"te');
      case "hang":
        hangs.add(res);
        res.on("close", () => hangs.delete(res));
        res.setTimeout(behaviour.ms ?? 120_000, () => res.destroy());
        return;
      case "status": {
        const type = { 429: "rate_limit_error", 500: "api_error", 529: "overloaded_error", 400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error" }[behaviour.status];
        const headers: Record<string, string> = behaviour.retryAfter !== undefined ? { "retry-after": String(behaviour.retryAfter) } : {};
        return send(res, behaviour.status, behaviour.body ?? { type: "error", error: { type, message: `fake ${behaviour.status}` } }, headers);
      }
    }
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    requests,
    script: (b) => void (queue = [...b]),
    setDefault: (b) => void (fallback = b),
    reset: () => {
      requests.length = 0;
      queue = [];
      fallback = DEFAULT;
    },
    close: () =>
      new Promise<void>((resolve) => {
        hangs.forEach((r) => r.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
