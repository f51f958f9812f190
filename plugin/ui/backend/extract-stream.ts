import type { ExtractResponse, FrameOptions, ProgressEvent } from "../../../shared/contract/extract.js";
import { BackendError } from "./backend-error.js";
import { checkExtractResponse, checkProgressEvent } from "./check-response.js";
import { problemToError } from "./problem-to-error.js";
import { createSseParser, type SseEvent } from "./sse-parser.js";

/** One PNG to send as a multipart `frame` part, with its per-frame options. */
export interface FramePart {
  png: Uint8Array;
  options: FrameOptions;
}

export interface ExtractStreamRequest {
  backendUrl: string;
  accessKey?: string;
  clientId?: string;
  frames: FramePart[];
  naming?: "auto" | "heuristic";
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  fetchImpl?: typeof fetch;
}

/** Request headers: `Accept: text/event-stream`, `X-Client-Id` and a bearer access key when set. */
export function backendHeaders(accessKey?: string, clientId?: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: "text/event-stream" };
  if (clientId) headers["X-Client-Id"] = clientId;
  if (accessKey) headers.Authorization = `Bearer ${accessKey}`;
  return headers;
}

async function readJsonAsync(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

function parseResult(data: string): ExtractResponse {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new BackendError("bad_response", "The backend sent a result that is not JSON.");
  }
  return checkExtractResponse(json);
}

/**
 * `POST <backend>/v1/extract` as multipart (frame parts + options JSON) and reads the SSE stream:
 * `progress` events go to `onProgress`, `result` resolves, `error` (problem+json) rejects.
 * A plain JSON answer (no stream) is accepted too. Every failure is a typed BackendError.
 */
export async function extractStreamAsync(req: ExtractStreamRequest): Promise<ExtractResponse> {
  const body = new FormData();
  req.frames.forEach((f, i) => body.append("frame", new Blob([f.png as BlobPart], { type: "image/png" }), `frame-${i}.png`));
  body.append("options", new Blob([JSON.stringify({ frames: req.frames.map((f) => f.options), naming: req.naming ?? "auto" })], { type: "application/json" }));
  const url = `${req.backendUrl.replace(/\/+$/, "")}/v1/extract`;
  let res: Response;
  try {
    res = await (req.fetchImpl ?? fetch)(url, { method: "POST", body, headers: backendHeaders(req.accessKey, req.clientId), signal: req.signal });
  } catch (error) {
    if (req.signal?.aborted) throw new BackendError("aborted", "Extraction cancelled.");
    throw new BackendError("unreachable", `Could not reach ${req.backendUrl}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!res.ok) throw problemToError(res.status, await readJsonAsync(res), res.headers.get("Retry-After"));
  const type = res.headers.get("Content-Type") ?? "";
  if (!type.includes("text/event-stream")) {
    const json = await readJsonAsync(res);
    return parseResult(JSON.stringify(json));
  }
  if (!res.body) throw new BackendError("bad_response", "The backend sent an empty stream.");
  return readStreamAsync(res.body, req);
}

async function readStreamAsync(stream: ReadableStream<Uint8Array>, req: ExtractStreamRequest): Promise<ExtractResponse> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let outcome: { result: ExtractResponse } | { error: BackendError } | undefined;
  const handle = (e: SseEvent) => {
    if (outcome) return;
    if (e.event === "progress") {
      const progress = checkProgressEvent(safeJson(e.data));
      if (progress) req.onProgress?.(progress);
    } else if (e.event === "result") {
      try {
        outcome = { result: parseResult(e.data) };
      } catch (error) {
        outcome = { error: error as BackendError };
      }
    } else if (e.event === "error") {
      const problem = safeJson(e.data) as { status?: number } | null;
      outcome = { error: problemToError(typeof problem?.status === "number" ? problem.status : 500, problem) };
    }
  };
  const parser = createSseParser(handle);
  try {
    while (!outcome) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.end();
  } catch (error) {
    if (req.signal?.aborted) throw new BackendError("aborted", "Extraction cancelled.");
    throw new BackendError("unreachable", `The connection dropped during extraction: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (!outcome) throw new BackendError("bad_response", "The stream ended without a result.");
  if ("error" in outcome) throw outcome.error;
  return outcome.result;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
