import { useState } from "preact/hooks";
import type { Settings } from "../../../shared/protocol/endpoints.js";

/** Whether a backend URL is usable (http/https, parseable). */
export function isBackendUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Settings: backend URL, access key, default export scale, naming style, collection name. */
export function SettingsScreen(props: { settings: Settings; onSave: (s: Partial<Settings>) => Promise<void>; onClose: () => void }) {
  const [draft, setDraft] = useState(props.settings);
  const [status, setStatus] = useState<string>("");
  const [saving, setSaving] = useState(false);
  const urlOk = isBackendUrl(draft.backendUrl);
  const nameOk = draft.collectionName.trim().length > 0 && draft.collectionName.length <= 100;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });
  const save = async (e: Event) => {
    e.preventDefault();
    if (!urlOk || !nameOk) return;
    setSaving(true);
    try {
      await props.onSave({ backendUrl: draft.backendUrl.trim(), accessKey: draft.accessKey.trim(), exportScale: draft.exportScale, namingStyle: draft.namingStyle, collectionName: draft.collectionName.trim() });
      setStatus("Saved.");
    } catch (error) {
      setStatus(`Not saved: ${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="settings" onSubmit={save} data-testid="settings">
      <h2>Settings</h2>
      <label class="field">
        Backend URL
        <input value={draft.backendUrl} aria-invalid={!urlOk} onInput={(e) => set("backendUrl", (e.target as HTMLInputElement).value)} />
        <span class="hint">{urlOk ? "Where your Copy That Worker runs." : "Enter a full http(s):// URL."}</span>
      </label>
      <label class="field">
        Access key
        <input type="password" autoComplete="off" value={draft.accessKey} onInput={(e) => set("accessKey", (e.target as HTMLInputElement).value)} />
        <span class="hint">Sent as a bearer token. Leave empty if your backend has no keys. Stored in this Figma client, not secret storage.</span>
      </label>
      <label class="field">
        Default export scale
        <select value={String(draft.exportScale)} onChange={(e) => set("exportScale", Number((e.target as HTMLSelectElement).value))}>
          {[1, 1.5, 2, 3, 4].map((s) => (
            <option key={s} value={String(s)}>
              {s}x
            </option>
          ))}
        </select>
        <span class="hint">Spacing is always reported at 1x. 2x reads thin borders more reliably.</span>
      </label>
      <label class="field">
        Naming style
        <select value={draft.namingStyle} onChange={(e) => set("namingStyle", (e.target as HTMLSelectElement).value as Settings["namingStyle"])}>
          <option value="semantic">Semantic (color/brand/primary)</option>
          <option value="palette">Palette (color/blue-600)</option>
        </select>
      </label>
      <label class="field">
        Variables collection
        <input value={draft.collectionName} maxLength={100} aria-invalid={!nameOk} onInput={(e) => set("collectionName", (e.target as HTMLInputElement).value)} />
      </label>
      <div class="row" style={{ justifyContent: "flex-end" }}>
        <span class="muted" role="status" style={{ flex: 1 }}>
          {status}
        </span>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
        <button type="submit" class="primary" disabled={saving || !urlOk || !nameOk}>
          Save
        </button>
      </div>
    </form>
  );
}
