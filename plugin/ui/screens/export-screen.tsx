import { useEffect, useMemo, useState } from "preact/hooks";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import { EXPORT_FORMATS, exportTokensInUi, type ExportFile, type ExportFormat, type ExportOptions } from "../lib/export-tokens.js";
import type { CollectionInfo } from "../../../shared/protocol/endpoints.js";
import type { RpcClient } from "../../../shared/protocol/rpc.js";
import { copyText } from "../lib/copy-text.js";
import { downloadFile } from "../lib/download-file.js";

const SOURCE_EXTRACTION = "extraction";

function render(tokens: TokenSet | null, format: ExportFormat, options: ExportOptions): { files: ExportFile[]; error: string | null } {
  if (!tokens) return { files: [], error: null };
  try {
    return { files: exportTokensInUi(tokens, format, options), error: null };
  } catch (error) {
    return { files: [], error: (error as Error).message };
  }
}

/** Export panel: format picker, live preview, Copy and Download — for the extraction or the file's variables. */
export function ExportScreen(props: { rpc: RpcClient; tokens: TokenSet | null }) {
  const [format, setFormat] = useState<ExportFormat>("css");
  const [options, setOptions] = useState<ExportOptions>({ colorFormat: "hex", dimensionUnit: "px" });
  const [source, setSource] = useState<string>(props.tokens ? SOURCE_EXTRACTION : "");
  const [collections, setCollections] = useState<CollectionInfo[] | null>(null);
  const [fileTokens, setFileTokens] = useState<TokenSet | null>(null);
  const [fileIndex, setFileIndex] = useState(0);
  const [status, setStatus] = useState("");
  useEffect(() => {
    props.rpc.callAsync("list-collections", {}).then(
      (r) => setCollections(r.collections),
      (e: Error) => setStatus(`Could not list the file's variables: ${e.message}`),
    );
  }, []);
  useEffect(() => {
    setFileTokens(null);
    if (!source || source === SOURCE_EXTRACTION) return;
    props.rpc.callAsync("export-variables", { collectionId: source }, { timeoutMs: 60_000 }).then(setFileTokens, (e: Error) => setStatus(`Could not read the collection: ${e.message}`));
  }, [source]);
  const tokens = source === SOURCE_EXTRACTION ? props.tokens : fileTokens;
  const { files, error } = useMemo(() => render(tokens, format, options), [tokens, format, options]);
  const file = files[Math.min(fileIndex, files.length - 1)];
  const copy = () => setStatus(file && copyText(file.content) ? `Copied ${file.filename}` : "Copy failed: select the text and press Ctrl/⌘+C.");
  const download = () => {
    for (const f of files) downloadFile(f.filename, f.content, f.mediaType);
    setStatus(`Downloaded ${files.map((f) => f.filename).join(", ")}`);
  };
  return (
    <>
      <div class="row" style={{ flexWrap: "wrap" }}>
        <label class="field" style={{ flex: 1 }}>
          Tokens
          <select value={source} onChange={(e) => (setSource((e.target as HTMLSelectElement).value), setFileIndex(0))} data-testid="export-source">
            {!source && <option value="">Choose tokens…</option>}
            {props.tokens && <option value={SOURCE_EXTRACTION}>This extraction</option>}
            {collections?.map((c) => (
              <option key={c.id} value={c.id}>
                Variables: {c.name} ({c.variableCount})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          Colors
          <select value={options.colorFormat} onChange={(e) => setOptions({ ...options, colorFormat: (e.target as HTMLSelectElement).value as "hex" | "oklch" })}>
            <option value="hex">hex (exact)</option>
            <option value="oklch">oklch</option>
          </select>
        </label>
        <label class="field">
          Spacing
          <select value={options.dimensionUnit} onChange={(e) => setOptions({ ...options, dimensionUnit: (e.target as HTMLSelectElement).value as "px" | "rem" })}>
            <option value="px">px (exact)</option>
            <option value="rem">rem (16 px)</option>
          </select>
        </label>
      </div>
      <div class="tabs" role="tablist" aria-label="Export format" style={{ flexWrap: "wrap" }}>
        {EXPORT_FORMATS.map((f) => (
          <button key={f.format} class="small" role="tab" aria-selected={f.format === format} title={f.description} onClick={() => (setFormat(f.format), setFileIndex(0))} data-format={f.format}>
            {f.label}
          </button>
        ))}
      </div>
      {files.length > 1 && (
        <div class="tabs" role="tablist" aria-label="File">
          {files.map((f, i) => (
            <button key={f.filename} class="small ghost" role="tab" aria-selected={i === fileIndex} onClick={() => setFileIndex(i)}>
              {f.filename}
            </button>
          ))}
        </div>
      )}
      {error && (
        <div class="banner error" role="alert">
          {error}
        </div>
      )}
      <pre class="code" tabIndex={0} aria-label={file ? `Preview of ${file.filename}` : "Preview"} data-testid="export-preview">
        {file?.content ?? (tokens ? "" : source ? "Loading…" : "Extract tokens first, or choose a variables collection.")}
      </pre>
      <div class="row" style={{ justifyContent: "flex-end", flexShrink: 0 }}>
        <span class="muted" role="status" style={{ flex: 1 }} data-testid="export-status">
          {status}
        </span>
        <button onClick={download} disabled={!files.length} data-testid="download">
          Download
        </button>
        <button class="primary" onClick={copy} disabled={!file} data-testid="copy">
          Copy
        </button>
      </div>
    </>
  );
}
