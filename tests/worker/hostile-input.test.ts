import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ProblemSchema } from "../../shared/contract/problem.js";
import { assemble, chunk, concat, ihdr, makeUiPng, makeZlibBomb, PNG_SIGNATURE } from "./helpers/make-png.js";
import { newClient, postFrames, postPng } from "./helpers/requests.js";

/** Asserts a problem+json answer with the given status and stable code (and never a 500). */
async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  expect({ status: res.status, text }).toMatchObject({ status });
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = ProblemSchema.parse(JSON.parse(text));
  expect(problem.code).toBe(code);
  expect(problem.status).toBe(status);
  return problem;
}

const png = makeUiPng(1);

describe("hostile input to POST /v1/extract", () => {
  it("415 for a wrong or missing content type", async () => {
    await expectProblem(await postPng('{"colors":[]}', { headers: { "content-type": "application/json" } }), 415, "unsupported_media_type");
    const res = await exports.default.fetch("http://x/v1/extract", { method: "POST", headers: { "x-client-id": newClient("ct").id }, body: png });
    await expectProblem(res, 415, "unsupported_media_type");
  });

  it("422 not_png for JSON (or random bytes) sent as image/png", async () => {
    await expectProblem(await postPng('{"hello":"world"}'), 422, "not_png");
    await expectProblem(await postPng(new Uint8Array(64).map((_, i) => (i * 37) & 255)), 422, "not_png");
  });

  it("400 empty_body for an empty body", async () => {
    await expectProblem(await postPng(new Uint8Array(0)), 400, "empty_body");
  });

  it("413 for a body over the frame limit, by Content-Length", async () => {
    const big = new Uint8Array(15_000_001);
    big.set(png);
    await expectProblem(await postPng(big), 413, "payload_too_large");
  });

  it("413 while streaming an endless body without Content-Length (never buffers it all)", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1 << 20;
        if (sent > 200 << 20) controller.close(); // safety stop far past the limit
        else controller.enqueue(new Uint8Array(1 << 20));
      },
    });
    const res = await exports.default.fetch("http://x/v1/extract", {
      method: "POST",
      headers: { "content-type": "image/png", "x-client-id": newClient("stream").id },
      body: endless,
    });
    await expectProblem(res, 413, "payload_too_large");
    expect(sent).toBeLessThan(40 << 20);
  });

  it("422 truncated for a PNG cut short", async () => {
    await expectProblem(await postPng(png.slice(0, png.length - 30)), 422, "truncated");
    await expectProblem(await postPng(png.slice(0, 20)), 422, "truncated");
  });

  it("422 bad_header when IHDR is corrupt", async () => {
    const broken = png.slice();
    broken[20] ^= 0xff; // inside IHDR: CRC no longer matches
    await expectProblem(await postPng(broken), 422, "bad_header");
  });

  it("413 image_too_large when IHDR declares a huge image (no inflate happens)", async () => {
    await expectProblem(await postPng(assemble(20_000, 20_000, new Uint8Array([0x78, 0x9c, 3, 0, 0, 0, 0, 1]))), 413, "image_too_large");
  });

  it("422 decompression_limit for a zlib bomb and for IHDR lying small", async () => {
    await expectProblem(await postPng(makeZlibBomb(100, 20_000_000)), 422, "decompression_limit");
    // IHDR says 4×4 but the data is a 64×48 image.
    const real = makeUiPng(2);
    const liar = concat(PNG_SIGNATURE, chunk("IHDR", ihdr(4, 4)), real.subarray(33));
    await expectProblem(await postPng(liar), 422, "decompression_limit");
  });

  it("400 bad_options for invalid query options", async () => {
    await expectProblem(await postPng(png, { query: "scale=abc" }), 400, "bad_options");
    await expectProblem(await postPng(png, { query: "scale=100" }), 400, "bad_options");
    await expectProblem(await postPng(png, { query: "types=color,fonts" }), 400, "bad_options");
    await expectProblem(await postPng(png, { query: "colour=1" }), 400, "bad_options");
  });
});

describe("hostile multipart to POST /v1/extract", () => {
  it("400 bad_multipart for a wrong or missing boundary", async () => {
    const form = new Request("http://x", { method: "POST", body: (() => {
      const f = new FormData();
      f.append("frame", new File([png], "a.png"));
      return f;
    })() });
    const body = new Uint8Array(await form.arrayBuffer());
    const wrong = await exports.default.fetch("http://x/v1/extract", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=not-the-boundary", "x-client-id": newClient("mp").id },
      body,
    });
    await expectProblem(wrong, 400, "bad_multipart");
    const missing = await exports.default.fetch("http://x/v1/extract", {
      method: "POST",
      headers: { "content-type": "multipart/form-data", "x-client-id": newClient("mp").id },
      body,
    });
    await expectProblem(missing, 400, "bad_multipart");
  });

  it("400 bad_multipart for garbage under a multipart content type, and without a frame part", async () => {
    const garbage = await exports.default.fetch("http://x/v1/extract", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=abc", "x-client-id": newClient("mp").id },
      body: "--abc\r\nthis is not a part",
    });
    await expectProblem(garbage, 400, "bad_multipart");
    const f = new FormData();
    f.append("image", new File([png], "a.png"));
    const noFrame = await exports.default.fetch("http://x/v1/extract", { method: "POST", headers: { "x-client-id": newClient("mp").id }, body: f });
    await expectProblem(noFrame, 400, "bad_multipart");
  });

  it("400 empty_body for a 0-byte frame part, naming the frame", async () => {
    const problem = await expectProblem(await postFrames([png, new Uint8Array(0)]), 400, "empty_body");
    expect(problem.frame).toBe(1);
  });

  it("413 too_many_frames for 50 frames", async () => {
    await expectProblem(await postFrames(Array.from({ length: 50 }, () => png)), 413, "too_many_frames");
  });

  it("400 bad_options for malformed or invalid options JSON", async () => {
    await expectProblem(await postFrames([png], "{not json"), 400, "bad_options");
    await expectProblem(await postFrames([png], { maxColour: 3 }), 400, "bad_options");
    await expectProblem(await postFrames([png], { frames: [{ scale: 2 }, { scale: 1 }] }), 400, "bad_options");
  });

  it("422 with the frame index and name when one of several frames is not a PNG", async () => {
    const problem = await expectProblem(await postFrames([png, new TextEncoder().encode("GIF89a....")], { frames: [{ name: "Ok" }, { name: "Broken" }] }), 422, "not_png");
    expect(problem.frame).toBe(1);
    expect(problem.frameName).toBe("Broken");
  });
});
