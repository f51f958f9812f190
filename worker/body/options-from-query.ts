/**
 * Options of a raw-PNG request from its query string: `scale`, `name`, `mode` (the frame),
 * `types` (comma list), `maxColors`, `naming`. Returns plain JSON for `ExtractOptionsSchema`;
 * numbers that don't parse are passed through as strings so the schema rejects them with a clear path.
 */
export function optionsFromQuery(params: URLSearchParams): Record<string, unknown> {
  const num = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v);
  const frame: Record<string, unknown> = {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === "scale") frame.scale = num(value);
    else if (key === "name" || key === "mode") frame[key] = value;
    else if (key === "types") out.types = value.split(",").map((t) => t.trim()).filter(Boolean);
    else if (key === "maxColors") out.maxColors = num(value);
    else if (key === "naming") out.naming = value;
    else out[key] = value; // unknown keys: the strict schema names them
  }
  if (Object.keys(frame).length > 0) out.frames = [frame];
  return out;
}
