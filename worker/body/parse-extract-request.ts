import { ExtractOptionsSchema, type ExtractOptions } from "../../shared/contract/extract.js";
import type { FrameInput } from "../../shared/pipeline/types.js";
import type { Config } from "../config/read-config.js";
import { apiError } from "../errors/api-error.js";
import { readBodyLimitedAsync } from "./read-body-limited.js";
import { optionsFromQuery } from "./options-from-query.js";
import { limitStream } from "./limit-stream.js";

const requestTooLarge = (limit: number) => apiError(413, "payload_too_large", "Payload too large", `Request body exceeds the limit of ${limit} bytes.`);

/** A parsed, size-checked extract request: frames with their options, ready for the pipeline. */
export interface ExtractRequest {
  frames: FrameInput[];
  options: ExtractOptions;
  bytes: number;
}

const badOptions = (detail: string) => apiError(400, "bad_options", "Invalid options", detail);

/** Validates options JSON against the contract, with a readable detail. */
export function parseOptions(raw: unknown): ExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(raw);
  if (!parsed.success) throw badOptions(parsed.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; "));
  return parsed.data;
}

function contentTypeOf(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Reads `POST /v1/extract`: a raw `image/png` body (options from the query) or
 * `multipart/form-data` with `frame` file parts and an optional `options` JSON part.
 */
export async function parseExtractRequestAsync(req: Request, config: Config): Promise<ExtractRequest> {
  const type = contentTypeOf(req);
  if (type === "image/png") {
    const options = parseOptions(optionsFromQuery(new URL(req.url).searchParams));
    const bytes = await readBodyLimitedAsync(req, Math.min(config.MAX_FRAME_BYTES, config.MAX_REQUEST_BYTES), "PNG body");
    if (bytes.byteLength === 0) throw apiError(400, "empty_body", "Empty body", "The request body is empty; send the PNG bytes.");
    return { frames: [{ bytes, options: options.frames[0] ?? {} }], options, bytes: bytes.byteLength };
  }
  if (type === "multipart/form-data") return parseMultipartAsync(req, config);
  throw apiError(
    415,
    "unsupported_media_type",
    "Unsupported media type",
    `Expected Content-Type image/png or multipart/form-data, got ${type ? JSON.stringify(type.slice(0, 100)) : "none"}.`,
  );
}

async function parseMultipartAsync(req: Request, config: Config): Promise<ExtractRequest> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/;\s*boundary=/i.test(contentType)) throw apiError(400, "bad_multipart", "Malformed multipart body", "multipart/form-data needs a boundary parameter.");
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > config.MAX_REQUEST_BYTES) throw requestTooLarge(config.MAX_REQUEST_BYTES);
  if (!req.body) throw apiError(400, "empty_body", "Empty body", "The request body is empty.");
  // Parse while streaming (no second copy of the body), stopping at the request limit.
  const { stream, meter } = limitStream(req.body, config.MAX_REQUEST_BYTES);
  let form: FormData;
  try {
    form = await new Request("http://body.invalid/", { method: "POST", headers: { "content-type": contentType }, body: stream }).formData();
  } catch (err) {
    if (meter.exceeded) throw requestTooLarge(config.MAX_REQUEST_BYTES);
    if (meter.bytes === 0) throw apiError(400, "empty_body", "Empty body", "The request body is empty.");
    throw apiError(400, "bad_multipart", "Malformed multipart body", `Could not parse multipart/form-data: ${String((err as Error)?.message ?? err).slice(0, 200)}`);
  }
  const parts = form.getAll("frame") as unknown as (File | string)[];
  if (parts.length === 0) throw apiError(400, "bad_multipart", "Malformed multipart body", 'No "frame" file part in the body.');
  if (parts.length > config.MAX_FRAMES) {
    throw apiError(413, "too_many_frames", "Too many frames", `${parts.length} frames sent; the limit is ${config.MAX_FRAMES} per request.`);
  }
  const options = await readOptionsPartAsync(form);
  if (options.frames.length > parts.length) throw badOptions(`options.frames has ${options.frames.length} entries but ${parts.length} frames were sent.`);
  const frames: FrameInput[] = [];
  for (const [index, part] of parts.entries()) {
    if (typeof part === "string") throw apiError(400, "bad_multipart", "Malformed multipart body", `Part "frame" #${index} is not a file.`, { frame: index });
    const frameName = options.frames[index]?.name ?? (part.name.replace(/\.png$/i, "").trim() || undefined);
    if (part.size > config.MAX_FRAME_BYTES) {
      throw apiError(413, "payload_too_large", "Frame too large", `Frame ${index} is ${part.size} bytes; the limit is ${config.MAX_FRAME_BYTES}.`, { frame: index, frameName });
    }
    if (part.size === 0) throw apiError(400, "empty_body", "Empty frame", `Frame ${index} is an empty (0-byte) part.`, { frame: index, frameName });
    const frameOptions = { ...options.frames[index] };
    if (frameOptions.name === undefined && frameName) frameOptions.name = frameName.slice(0, 200);
    frames.push({ bytes: new Uint8Array(await part.arrayBuffer()), options: frameOptions });
  }
  return { frames, options, bytes: meter.bytes };
}

async function readOptionsPartAsync(form: FormData): Promise<ExtractOptions> {
  const all = form.getAll("options") as unknown as (File | string)[];
  if (all.length > 1) throw badOptions('Send at most one "options" part.');
  if (all.length === 0) return parseOptions({});
  const part = all[0];
  const text = typeof part === "string" ? part : await part.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badOptions('The "options" part is not valid JSON.');
  }
  return parseOptions(json);
}
