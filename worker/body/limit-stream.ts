/** Byte counter of a limited stream; `exceeded` is set when the limit was crossed. */
export interface StreamMeter {
  bytes: number;
  exceeded: boolean;
}

/**
 * Passes a body stream through while counting bytes; errors the stream at the first chunk
 * that crosses `limit` (so a consumer such as `formData()` stops reading) and flags the meter.
 */
export function limitStream(body: ReadableStream<Uint8Array>, limit: number): { stream: ReadableStream<Uint8Array>; meter: StreamMeter } {
  const meter: StreamMeter = { bytes: 0, exceeded: false };
  const stream = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        meter.bytes += chunk.byteLength;
        if (meter.bytes > limit) {
          meter.exceeded = true;
          controller.error(new Error("body limit exceeded"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return { stream, meter };
}
