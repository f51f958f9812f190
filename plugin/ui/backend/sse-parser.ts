/** One server-sent event: its `event:` name (default "message") and joined `data:` lines. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (WHATWG rules for `event`/`data`, comments ignored).
 * Feed it decoded chunks in any split; it calls `onEvent` once per complete event.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): { push(chunk: string): void; end(): void } {
  let buffer = "";
  let name = "";
  let data: string[] = [];
  const dispatch = () => {
    if (data.length) onEvent({ event: name || "message", data: data.join("\n") });
    name = "";
    data = [];
  };
  const line = (text: string) => {
    if (text === "") return dispatch();
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") name = value;
    else if (field === "data") data.push(value);
  };
  return {
    push(chunk) {
      buffer += chunk;
      let index: number;
      while ((index = buffer.search(/\r\n|\r|\n/)) !== -1) {
        const sep = buffer[index] === "\r" && buffer[index + 1] === "\n" ? 2 : 1;
        // A lone trailing "\r" may be the first half of "\r\n": wait for more input.
        if (buffer[index] === "\r" && index === buffer.length - 1) break;
        line(buffer.slice(0, index));
        buffer = buffer.slice(index + sep);
      }
    },
    end() {
      if (buffer) line(buffer);
      buffer = "";
      dispatch();
    },
  };
}
