import { ExtractResponseSchema, type ExtractOptions, type ExtractResponse, type NamingWarningCode } from "../../shared/contract/extract.js";

/** Warnings that describe a deliberate, stable configuration: results carrying only these are final. */
const STABLE_WARNINGS: ReadonlySet<NamingWarningCode> = new Set(["claude_not_configured", "claude_disabled"]);

const hex = (buf: ArrayBuffer): string => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** SHA-256 of bytes as lowercase hex. */
export async function sha256HexAsync(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}

/** What makes two extractions give the same answer. */
export interface CacheKeyInput {
  frameHashes: string[];
  options: ExtractOptions;
  /** `claude:<model>` or `heuristic`: a result named by Claude must not answer a heuristic request and vice versa. */
  namingPlan: string;
  pipelineVersion: string;
}

/** KV key of a result: `result:<sha256 of frames + options + naming plan + PIPELINE_VERSION>`. */
export async function resultCacheKeyAsync(input: CacheKeyInput): Promise<string> {
  const canonical = JSON.stringify([input.pipelineVersion, input.namingPlan, input.frameHashes, input.options]);
  return `result:${await sha256HexAsync(canonical)}`;
}

/** A result is cached only when naming did what the configuration asked (no transient fallback). */
export function isCacheable(result: ExtractResponse): boolean {
  return result.naming.warnings.every((w) => STABLE_WARNINGS.has(w.code));
}

/** Reads a cached result; anything unreadable counts as a miss. */
export async function readCachedResultAsync(kv: KVNamespace, key: string): Promise<ExtractResponse | null> {
  try {
    const raw = await kv.get(key, "json");
    if (raw === null) return null;
    const parsed = ExtractResponseSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stores a final result (without request-specific fields) for `ttlSeconds`. */
export async function writeCachedResultAsync(kv: KVNamespace, key: string, result: ExtractResponse, ttlSeconds: number): Promise<void> {
  const { requestId: _requestId, ...stored } = result;
  await kv.put(key, JSON.stringify({ ...stored, cache: "miss", usage: null }), { expirationTtl: Math.max(60, ttlSeconds) });
}
