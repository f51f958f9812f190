import { useEffect, useState } from "preact/hooks";
import type { TokenSet } from "../../../shared/contract/tokens.js";
import type { SyncEntry, SyncPreview, SyncResult } from "../../../shared/protocol/endpoints.js";
import type { RpcClient } from "../../../shared/protocol/rpc.js";

const show = (v: string | number | undefined) => (v === undefined ? "—" : typeof v === "number" ? `${v}` : v);

function Value({ v }: { v: string | number | undefined }) {
  return (
    <span class="row" style={{ gap: "4px" }}>
      {typeof v === "string" && v.startsWith("#") && <span class="chip" style={{ background: v, width: "12px", height: "12px", borderRadius: "2px" }} aria-hidden="true" />}
      <span class="hex">{show(v)}</span>
    </span>
  );
}

function Group(props: { title: string; entries: SyncEntry[]; kind: "created" | "changed" | "renamed" | "unchanged"; testid: string }) {
  if (!props.entries.length) return null;
  return (
    <>
      <dt data-testid={props.testid}>
        {props.title} <span class="muted">{props.entries.length}</span>
      </dt>
      {props.entries.map((e) => (
        <dd key={e.tokenId}>
          {props.kind === "renamed" ? (
            <span style={{ flex: 1 }}>
              <span class="muted">{e.oldName}</span> → {e.name}
            </span>
          ) : (
            <span style={{ flex: 1 }}>{e.name}</span>
          )}
          {props.kind === "changed" ? (
            <>
              <Value v={e.oldValue} /> → <Value v={e.newValue} />
            </>
          ) : (
            <Value v={e.newValue} />
          )}
        </dd>
      ))}
    </>
  );
}

/** Sync to Figma Variables: a diff preview first, nothing is written until the designer confirms. */
export function SyncScreen(props: { rpc: RpcClient; tokens: TokenSet; collectionName: string; onBack: () => void; onDone: (result: SyncResult) => void }) {
  const [preview, setPreview] = useState<SyncPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  const request = { tokens: props.tokens, collectionName: props.collectionName, modeName: props.tokens.modes[0] ?? "Default" };
  useEffect(() => {
    props.rpc.callAsync("preview-sync", request, { timeoutMs: 60_000 }).then(setPreview, (e: Error) => setError(e.message));
  }, []);
  const apply = async () => {
    setApplying(true);
    try {
      props.onDone(await props.rpc.callAsync("apply-sync", request, { timeoutMs: 120_000 }));
    } catch (e) {
      setError(`${(e as Error).message}. Check the Variables panel, then preview again.`);
      setApplying(false);
    }
  };
  const writes = preview ? preview.created.length + preview.changed.length + preview.renamed.length : 0;
  return (
    <>
      <section aria-labelledby="sync-h" aria-busy={!preview && !error}>
        <h2 id="sync-h">Sync to Variables</h2>
        {!preview && !error && <p class="muted">Comparing with the file's variables…</p>}
        {error && (
          <div class="banner error" role="alert">
            <strong>Sync failed.</strong>
            <p>{error}</p>
          </div>
        )}
        {preview && (
          <div data-testid="sync-preview">
            <p>
              Collection <strong>{preview.collection.name}</strong> {preview.collection.exists ? "(existing)" : "(will be created)"} · mode{" "}
              {preview.modes.map((m) => `${m.name}${m.exists ? "" : " (new)"}`).join(", ")}
            </p>
            <dl class="diff">
              <Group title="New" entries={preview.created} kind="created" testid="diff-created" />
              <Group title="Changed" entries={preview.changed} kind="changed" testid="diff-changed" />
              <Group title="Renamed" entries={preview.renamed} kind="renamed" testid="diff-renamed" />
              <Group title="Unchanged" entries={preview.unchanged} kind="unchanged" testid="diff-unchanged" />
              {(preview.conflicts ?? []).length > 0 && (
                <>
                  <dt data-testid="diff-conflicts">
                    Skipped <span class="muted">{preview.conflicts.length} tokens clash with existing variables; nothing is deleted</span>
                  </dt>
                  {preview.conflicts.slice(0, 20).map((c) => (
                    <dd key={c.tokenId} title={c.message}>
                      {c.name} <span class="muted">— {c.message}</span>
                    </dd>
                  ))}
                </>
              )}
              {preview.untouched.length > 0 && (
                <>
                  <dt data-testid="diff-untouched">
                    Left alone <span class="muted">{preview.untouched.length} variables not in these tokens are kept</span>
                  </dt>
                  {preview.untouched.slice(0, 20).map((u) => (
                    <dd key={u.variableId} class="muted">
                      {u.name}
                    </dd>
                  ))}
                </>
              )}
            </dl>
          </div>
        )}
      </section>
      <div class="footer" style={{ margin: "auto -12px -12px", position: "sticky", bottom: "-12px", background: "var(--bg)" }}>
        <span class="spacer">{preview ? (writes ? `${writes} variable${writes === 1 ? "" : "s"} will be written` : "Everything is already in sync") : ""}</span>
        <button onClick={props.onBack}>Back</button>
        <button class="primary" data-testid="apply-sync" disabled={!preview || applying || writes === 0} onClick={apply}>
          {applying ? "Syncing…" : "Apply"}
        </button>
      </div>
    </>
  );
}
