import { afterEach, describe, expect, it, vi } from "vitest";
import { makeUiPng } from "../../tests/worker/helpers/make-png.js";
import { postPng } from "../../tests/worker/helpers/requests.js";

afterEach(() => vi.restoreAllMocks());

describe("request log", () => {
  it("writes one JSON line per request with the fields an operator needs and no secrets", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    const client = { id: "log-test-client", ip: "203.0.113.9" };
    const res = await postPng(makeUiPng(5), { client, query: "naming=heuristic&name=Logged" });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const id = res.headers.get("x-request-id");
    const mine = lines.filter((l) => l.includes(`"requestId":"${id}"`));
    expect(mine).toHaveLength(1);
    const entry = JSON.parse(mine[0]);
    expect(entry).toMatchObject({ msg: "request", method: "POST", route: "/v1/extract", status: 200, frames: 1, cache: "miss", naming: "heuristic" });
    expect(entry.bytes).toBeGreaterThan(0);
    expect(Object.keys(entry.stages)).toEqual(expect.arrayContaining(["received", "validated", "decoded", "measured", "naming", "merged"]));
    expect(entry.rateLimit).toMatchObject({ admitted: true });
    expect(entry.client).toMatch(/^c[0-9a-f]{24}$/);
    expect(mine[0]).not.toContain(client.ip);
    expect(mine[0]).not.toContain(client.id);
  });
});
