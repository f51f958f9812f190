import { PROBLEM_CONTENT_TYPE, problemType, type ErrorCode, type Problem } from "../../shared/contract/problem.js";
import type { ApiErrorExtra } from "./api-error.js";

/** Builds an RFC 9457 problem object with the stable `type` URI of its code. */
export function buildProblem(status: number, code: ErrorCode, title: string, detail: string, requestId?: string, extra: ApiErrorExtra = {}): Problem {
  const problem: Problem = { type: problemType(code), title, status, detail, code };
  if (requestId) problem.requestId = requestId;
  if (extra.frame !== undefined) problem.frame = extra.frame;
  if (extra.frameName !== undefined) problem.frameName = extra.frameName;
  if (extra.retryAfter !== undefined) problem.retryAfter = extra.retryAfter;
  return problem;
}

/** A `application/problem+json` response for a problem object. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
  });
}
