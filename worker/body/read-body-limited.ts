import { apiError } from "../errors/api-error.js";

const tooLarge = (limit: number, what: string) =>
  apiError(413, "payload_too_large", "Payload too large", `${what} exceeds the limit of ${limit} bytes.`);

/**
 * Reads a request body into memory, refusing with 413 as soon as it passes `limit` bytes:
 * first by `Content-Length` when present (nothing is read), then while streaming (the read
 * stops and the stream is cancelled at the first chunk that crosses the limit).
 */
export async function readBodyLimitedAsync(req: Request, limit: number, what = "Request body"): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge(limit, what);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (err) {
      throw apiError(400, "bad_request", "Body read failed", `The request body could not be read: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit, what);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
