import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { problemResponse } from "./problem-response.js";
import { toProblem } from "./to-problem.js";

/** The one `app.onError`: every failure becomes problem+json; unexpected ones are logged with the request id. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  const requestId = c.get("requestId") ?? "unknown";
  const { problem, headers, unexpected } = toProblem(err, requestId, c.get("frameNames"));
  if (unexpected) {
    console.error(JSON.stringify({ level: "error", msg: "unexpected error", requestId, error: String(err), stack: err?.stack?.split("\n").slice(0, 8) }));
  }
  const log = c.get("log");
  if (log) log.errorCode = problem.code;
  return problemResponse(problem, headers);
}
