/**
 * The few host globals shared/ may use. They exist in every world we run in
 * (Figma main thread, plugin UI, workerd, Node ≥ 20), but no single TS lib declares
 * exactly this set, so shared/ declares them itself instead of pulling in DOM/Node/Workers types.
 */
declare function setTimeout(handler: (...args: unknown[]) => void, timeout?: number): any;
declare function clearTimeout(id: any): void;
declare const console: {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
};
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare const crypto: {
  subtle: { digest(algorithm: "SHA-256" | "SHA-1", data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer> };
  getRandomValues<T extends ArrayBufferView>(array: T): T;
};
