import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import type { ProgressEvent } from "../../shared/contract/extract.js";
import type { AppEnv } from "../app-env.js";
import { parseExtractRequestAsync } from "../body/parse-extract-request.js";
import { readConfig } from "../config/read-config.js";
import { toProblem } from "../errors/to-problem.js";
import { extractTokensAsync, type ExtractContext } from "../extract/extract-tokens.js";

/** Whether the client asked for Server-Sent Events. */
const wantsEventStream = (accept: string | undefined): boolean => /(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept ?? "");

/** `POST /v1/extract`: PNG(s) in, extract response (JSON or SSE) out. */
export const extractRoute = new Hono<AppEnv>().post("/extract", async (c) => {
  const config = readConfig(c.env);
  const log = c.get("log");
  const request = await parseExtractRequestAsync(c.req.raw, config);
  c.set("frameNames", request.frames.map((f, i) => f.options.name ?? `Frame ${i + 1}`));
  log.frames = request.frames.length;
  log.bytes = request.bytes;
  const ctx: ExtractContext = {
    env: c.env,
    config,
    identity: c.get("identity") ?? "anonymous",
    requestId: c.get("requestId"),
    log,
    waitUntil: (p) => c.executionCtx.waitUntil(p.catch((err) => console.warn(JSON.stringify({ msg: "background task failed", error: String(err) })))),
  };

  if (!wantsEventStream(c.req.header("accept"))) {
    const result = await extractTokensAsync(ctx, request);
    return c.json(result, 200);
  }

  log.stream = true;
  let finish: () => void = () => undefined;
  c.set("done", new Promise<void>((resolve) => (finish = resolve)));
  c.header("Cache-Control", "private, no-store");
  return streamSSE(c, async (stream) => {
    let aborted = false;
    stream.onAbort(() => void (aborted = true));
    const send = async (event: string, data: unknown) => {
      if (aborted) return;
      try {
        await stream.writeSSE({ event, data: JSON.stringify(data) });
      } catch {
        aborted = true;
      }
    };
    try {
      const total = request.frames.length;
      // First event before any decoding: the body is in, nothing has been looked at yet.
      await send("progress", { stage: "received", frame: null, done: 0, total } satisfies ProgressEvent);
      const result = await extractTokensAsync({ ...ctx, onProgress: (e) => send("progress", e) }, request);
      await send("result", result);
    } catch (err) {
      const { problem, unexpected } = toProblem(err, ctx.requestId, c.get("frameNames"));
      if (unexpected) console.error(JSON.stringify({ level: "error", msg: "unexpected error in stream", requestId: ctx.requestId, error: String(err) }));
      log.errorCode = problem.code;
      await send("error", problem);
    } finally {
      finish();
    }
  });
});
