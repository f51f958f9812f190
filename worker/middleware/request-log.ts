import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";

/** Fields of the one JSON log line written per request (plus request id, route, status, ms and the hashed client identity). Never image bytes, keys or raw IPs. */
export interface RequestLog {
  frames?: number;
  bytes?: number;
  /** Milliseconds since the request started when each pipeline stage was (last) reached. */
  stages: Record<string, number>;
  cache?: "hit" | "miss";
  naming?: string;
  model?: string | null;
  warnings?: string[];
  inputTokens?: number;
  outputTokens?: number;
  estimatedUsd?: number;
  rateLimit?: { admitted: boolean; rule: string; remaining: number };
  errorCode?: string;
  stream?: boolean;
}

/**
 * Assigns a request id (always generated here, echoed as `X-Request-Id`), collects the log
 * fields other middleware and handlers add, and writes one JSON line when the request ends
 * (for a stream: when the stream ends).
 */
export const requestLog = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const started = Date.now();
  const requestId = crypto.randomUUID();
  c.set("requestId", requestId);
  const log: RequestLog = { stages: {} };
  c.set("log", log);
  await next();
  c.res.headers.set("X-Request-Id", requestId);
  const status = c.res.status;
  const write = () =>
    console.log(
      JSON.stringify({
        level: status >= 500 ? "error" : "info",
        msg: "request",
        requestId,
        method: c.req.method,
        route: status === 404 || status === 405 || !c.req.routePath.startsWith("/") || c.req.routePath.endsWith("*") ? new URL(c.req.url).pathname.slice(0, 200) : c.req.routePath,
        status,
        ms: Date.now() - started,
        client: c.get("identity"),
        ...log,
      }),
    );
  const done = c.get("done");
  if (done) c.executionCtx.waitUntil(done.then(write, write));
  else write();
};
