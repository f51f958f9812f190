import { sha256 } from "../hash/sha256.js";

/** Stable frame id: the first 16 hex chars of the SHA-256 of the PNG bytes (Web Crypto when present, else plain TS). */
export async function frameIdAsync(bytes: Uint8Array): Promise<string> {
  const subtle = typeof crypto !== "undefined" ? crypto.subtle : undefined;
  const digest = subtle ? new Uint8Array(await subtle.digest("SHA-256", bytes)) : sha256(bytes);
  let hex = "";
  for (let i = 0; i < 8; i++) hex += digest[i]!.toString(16).padStart(2, "0");
  return hex;
}
