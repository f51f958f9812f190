import { describe, expect, it } from "vitest";
import { createSseParser, type SseEvent } from "./sse-parser.js";

function parseAll(chunks: string[]): SseEvent[] {
  const out: SseEvent[] = [];
  const parser = createSseParser((e) => out.push(e));
  chunks.forEach((c) => parser.push(c));
  parser.end();
  return out;
}

describe("createSseParser", () => {
  const stream = 'event: progress\ndata: {"stage":"received"}\n\n: keep-alive\n\nevent: result\ndata: {"a":1,\ndata: "b":2}\n\n';
  it("parses named events, multi-line data and skips comments", () => {
    expect(parseAll([stream])).toEqual([
      { event: "progress", data: '{"stage":"received"}' },
      { event: "result", data: '{"a":1,\n"b":2}' },
    ]);
  });
  it("gives the same events for any chunking, CRLF included", () => {
    const crlf = stream.replace(/\n/g, "\r\n");
    const whole = parseAll([stream]);
    for (const text of [stream, crlf]) {
      for (let size = 1; size < 12; size++) {
        const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g"))!;
        expect(parseAll(chunks)).toEqual(whole);
      }
    }
  });
  it("defaults the event name to message and flushes an unterminated last event on end", () => {
    expect(parseAll(["data: x"])).toEqual([{ event: "message", data: "x" }]);
  });
});
