import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bytesToBase64 } from "./base64.js";

describe("bytesToBase64", () => {
  it("matches RFC 4648 vectors", () => {
    const enc = (s: string) => bytesToBase64(new TextEncoder().encode(s));
    expect([enc(""), enc("f"), enc("fo"), enc("foo"), enc("foob"), enc("fooba"), enc("foobar")]).toEqual(["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"]);
  });

  it("matches Node's encoder for any bytes, across chunk boundaries", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30_000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 60 },
    );
  });
});
