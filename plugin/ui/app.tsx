import { useEffect, useRef, useState } from "preact/hooks";
import type { ExtractResponse } from "../../shared/contract/extract.js";
import type { TokenSet } from "../../shared/contract/tokens.js";
import type { SelectedFrame, Settings } from "../../shared/protocol/endpoints.js";
import type { RpcClient } from "../../shared/protocol/rpc.js";
import { describeError, type ErrorMessage } from "./backend/describe-error.js";
import { ErrorBanner } from "./components/error-banner.js";
import { ResizeHandle } from "./components/resize-handle.js";
import { pngUrl } from "./lib/png-url.js";
import { ExportScreen } from "./screens/export-screen.js";
import { FramesScreen } from "./screens/frames-screen.js";
import { ReviewScreen, type NamingOrigin } from "./screens/review-screen.js";
import { SettingsScreen } from "./screens/settings-screen.js";
import { SyncScreen } from "./screens/sync-screen.js";
import { runBackendExtractionAsync, type FrameProgress } from "./state/extract-flow.js";
import { LOCAL_REQUEST_ID, runLocalExtractionAsync } from "./state/local-flow.js";
import { applyNamingStyle } from "./state/naming-style.js";
import { useCountdown } from "./state/use-countdown.js";

type Screen = "frames" | "review" | "sync" | "export" | "settings";
interface Extraction {
  response: ExtractResponse;
  tokens: TokenSet;
  origin: NamingOrigin;
}

const toTokenSet = (r: ExtractResponse): TokenSet => ({ colors: r.colors, spacing: r.spacing, gradients: r.gradients, baseUnit: r.baseUnit, modes: r.modes });

/** Plugin UI root: frames → extract (live progress) → review → sync or export; settings. */
export function App({ rpc }: { rpc: RpcClient }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [selection, setSelection] = useState<SelectedFrame[]>([]);
  const [thumbs, setThumbs] = useState<Record<string, string>>({});
  const [modes, setModes] = useState<Record<string, string>>({});
  const [screen, setScreen] = useState<Screen>("frames");
  const [progress, setProgress] = useState<FrameProgress[] | null>(null);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const [notice, setNotice] = useState<string>("");
  const [extraction, setExtraction] = useState<Extraction | null>(null);
  const abort = useRef<AbortController | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const countdown = useCountdown(error?.retryAfter, error);
  const busy = progress !== null;

  useEffect(() => {
    const off = rpc.on("selection-changed", ({ frames }) => setSelection(frames));
    rpc.callAsync("get-settings", {}).then(setSettings, (e: Error) => setNotice(`Settings unavailable: ${e.message}`));
    rpc.callAsync("get-selection", {}).then(({ frames }) => setSelection(frames), () => undefined);
    rpc.callAsync("load-extraction", {}).then(({ saved }) => {
      if (!saved) return;
      setExtraction({ response: saved.response, tokens: saved.tokens, origin: saved.response.requestId?.startsWith(LOCAL_REQUEST_ID) ? "local" : "backend" });
      setScreen("review");
      setNotice(`Restored the extraction from ${new Date(saved.savedAt).toLocaleString()}`);
    }, () => undefined);
    return off;
  }, []);

  // Previews for the frame list as soon as frames are selected (a failure just keeps the placeholder).
  useEffect(() => {
    const ids = selection.map((f) => f.id).filter((id) => !thumbs[id]);
    if (!ids.length) return;
    const timer = setTimeout(() => {
      rpc.callAsync("get-thumbnails", { ids }).then(({ thumbnails }) => onFrames(thumbnails.map((t) => ({ nodeId: t.nodeId, thumbnail: t.png }))), () => undefined);
    }, 150);
    return () => clearTimeout(timer);
  }, [selection]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      if (busy) abort.current?.abort();
      else if (screen === "settings" || screen === "sync") setScreen(extraction ? "review" : "frames");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, screen, extraction]);

  const save = (next: Extraction, delayMs: number) => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      rpc.callAsync("save-extraction", { savedAt: new Date().toISOString(), response: next.response, tokens: next.tokens }).catch((e: Error) => setNotice(`Not saved in the file: ${e.message}`));
    }, delayMs);
  };
  const update = (next: Extraction) => (setExtraction(next), save(next, 400));

  const onFrames = (frames: { nodeId: string; thumbnail: Uint8Array }[]) =>
    setThumbs((old) => {
      const next = { ...old };
      for (const f of frames) {
        if (next[f.nodeId]) URL.revokeObjectURL(next[f.nodeId]);
        next[f.nodeId] = pngUrl(f.thumbnail);
      }
      return next;
    });

  const extract = async (local = false) => {
    if (!settings || busy) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setNotice("");
    setScreen("frames");
    setProgress(selection.map((f) => ({ nodeId: f.id, name: f.name, stage: "exporting", value: 0.02 })));
    const ids = selection.map((f) => f.id);
    try {
      const flow = { rpc, settings, ids, modes, signal: controller.signal, onFrames, onProgress: setProgress };
      const { response } = await (local ? runLocalExtractionAsync(flow) : runBackendExtractionAsync(flow));
      const next: Extraction = { response, tokens: applyNamingStyle(toTokenSet(response), settings.namingStyle), origin: local ? "local" : "backend" };
      setExtraction(next);
      save(next, 0);
      setScreen("review");
    } catch (e) {
      setError(describeError(e, selection.map((f) => f.name)));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const saveSettings = async (patch: Partial<Settings>) => {
    const next = await rpc.callAsync("set-settings", patch);
    if (extraction && next.namingStyle !== settings?.namingStyle) update({ ...extraction, tokens: applyNamingStyle(extraction.tokens, next.namingStyle, extraction.response.colors) });
    setSettings(next);
  };
  const nav = (target: Screen, label: string, disabled = false) => (
    <button class="small ghost" aria-pressed={screen === target} disabled={disabled || busy} onClick={() => (setScreen(target), setNotice(""))}>
      {label}
    </button>
  );

  return (
    <div class="app">
      <header class="topbar">
        <h1>Copy That</h1>
        <nav class="tabs" aria-label="Screens">
          {nav("frames", "Frames")}
          {nav("review", "Review", !extraction)}
          {nav("export", "Export")}
          {nav("settings", "Settings", !settings)}
        </nav>
      </header>
      <main class="content" data-screen={screen}>
        {notice && (
          <p class="muted" role="status">
            {notice}
          </p>
        )}
        {screen === "frames" && (
          <>
            <FramesScreen frames={selection} thumbs={thumbs} modes={modes} onMode={(id, m) => setModes({ ...modes, [id]: m })} progress={progress} busy={busy} />
            {/* Below the list, so an error never pushes the frames down. */}
            {error && <ErrorBanner error={error} countdown={countdown} onRetry={() => extract()} onLocal={() => extract(true)} onSettings={() => setScreen("settings")} />}
          </>
        )}
        {screen === "review" && extraction && <ReviewScreen response={extraction.response} tokens={extraction.tokens} origin={extraction.origin} onChange={(tokens) => update({ ...extraction, tokens })} />}
        {screen === "sync" && extraction && settings && (
          <SyncScreen
            rpc={rpc}
            tokens={extraction.tokens}
            collectionName={settings.collectionName}
            onBack={() => setScreen("review")}
            onDone={(r) => {
              setNotice(`Synced to “${settings.collectionName}”: ${r.created} created, ${r.updated} updated, ${r.renamed} renamed, ${r.unchanged} unchanged.`);
              setScreen("review");
            }}
          />
        )}
        {screen === "export" && <ExportScreen rpc={rpc} tokens={extraction?.tokens ?? null} />}
        {screen === "settings" && settings && <SettingsScreen settings={settings} onSave={saveSettings} onClose={() => setScreen(extraction ? "review" : "frames")} />}
      </main>
      {(screen === "frames" || screen === "review") && (
        <footer class="footer">
          <span class="spacer" aria-live="polite">
            {busy ? "Press Escape to cancel" : screen === "review" && extraction ? `${extraction.tokens.colors.length} colors · ${extraction.tokens.spacing.length} spacing` : ""}
          </span>
          {screen === "frames" &&
            (busy ? (
              <button onClick={() => abort.current?.abort()}>Cancel</button>
            ) : (
              <button class="primary" data-testid="extract" disabled={!selection.length || !settings || (countdown ?? 0) > 0} onClick={() => extract()}>
                Extract tokens
              </button>
            ))}
          {screen === "review" && (
            <>
              <button onClick={() => setScreen("export")}>Export…</button>
              <button class="primary" data-testid="sync" onClick={() => setScreen("sync")} disabled={!extraction?.tokens.colors.length && !extraction?.tokens.spacing.length}>
                Sync to Variables…
              </button>
            </>
          )}
        </footer>
      )}
      <ResizeHandle rpc={rpc} />
    </div>
  );
}
