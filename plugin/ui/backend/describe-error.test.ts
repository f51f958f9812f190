import { describe, expect, it } from "vitest";
import { BackendError } from "./backend-error.js";
import { describeError } from "./describe-error.js";
import { parseRetryAfter, problemToError } from "./problem-to-error.js";

describe("problemToError + describeError", () => {
  it("maps 401 to the access key step", () => {
    const e = problemToError(401, { type: "t", title: "Unauthorized", status: 401, detail: "Missing key", code: "unauthorized" });
    expect(e.kind).toBe("unauthorized");
    expect(describeError(e).next).toMatch(/access key in Settings/);
  });
  it("reads the wait from the problem or from Retry-After", () => {
    expect(describeError(problemToError(429, { code: "rate_limited", retryAfter: 17 })).next).toBe("Wait 17 s, then extract again.");
    expect(describeError(problemToError(429, null, "42")).retryAfter).toBe(42);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(30);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
  it("names the frame and the reason on 413/422", () => {
    const e = problemToError(413, { code: "payload_too_large", frame: 1, detail: "15 MB max" });
    expect(e.kind).toBe("frame_rejected");
    const m = describeError(e, ["Hero", "Pricing"]);
    expect(m.title).toBe("“Pricing” is too large to upload.");
    expect(m.next).toMatch(/Lower the export scale/);
    expect(describeError(problemToError(422, { code: "not_png", frame: 0, frameName: "Card" })).title).toBe("“Card” was not sent as a PNG.");
  });
  it("offers the local run when the backend is unreachable, not when cancelled", () => {
    expect(describeError(new BackendError("unreachable", "fetch failed")).offerLocal).toBe(true);
    expect(describeError(new BackendError("aborted", "x")).offerLocal).toBe(false);
    expect(describeError(problemToError(503, { code: "internal_error" })).offerLocal).toBe(true);
  });
});
