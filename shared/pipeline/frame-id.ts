/** Stable frame id: the first 16 hex chars of the SHA-256 of the PNG bytes. */
export async function frameIdAsync(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (let i = 0; i < 8; i++) hex += digest[i]!.toString(16).padStart(2, "0");
  return hex;
}
