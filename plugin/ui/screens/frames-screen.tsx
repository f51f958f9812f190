import type { SelectedFrame } from "../../../shared/protocol/endpoints.js";
import { ProgressBar } from "../components/progress-bar.js";
import type { FrameProgress } from "../state/extract-flow.js";

const STAGE_LABEL: Record<FrameProgress["stage"], string> = {
  exporting: "Exporting…",
  uploading: "Uploading…",
  received: "Received",
  validated: "Checked",
  decoded: "Decoded",
  measured: "Measured",
  naming: "Naming…",
  merged: "Merging…",
  done: "Done",
};

export interface FramesScreenProps {
  frames: SelectedFrame[];
  thumbs: Record<string, string>;
  modes: Record<string, string>;
  onMode: (id: string, mode: string) => void;
  progress: FrameProgress[] | null;
  busy: boolean;
}

/** The selected frames (thumbnail, size, mode) and, while extracting, live progress per frame. */
export function FramesScreen(props: FramesScreenProps) {
  const { frames, progress, busy } = props;
  if (!frames.length && !progress) {
    return (
      <div class="empty" data-testid="no-selection">
        <p>
          <strong>Select one or more frames</strong>
        </p>
        <p>Copy That measures their exact colors and spacing. Frames, components, sections and groups work.</p>
      </div>
    );
  }
  const rows = progress
    ? progress.map((p) => ({ id: p.nodeId, name: p.name, size: frames.find((f) => f.id === p.nodeId), p }))
    : frames.map((f) => ({ id: f.id, name: f.name, size: f, p: undefined }));
  return (
    <section aria-labelledby="frames-h">
      <h2 id="frames-h">{progress ? "Extracting" : `${frames.length} frame${frames.length === 1 ? "" : "s"} selected`}</h2>
      <ul class="list" data-testid="frames">
        {rows.map(({ id, name, size, p }) => (
          <li class="frame" key={id} data-testid="frame">
            {props.thumbs[id] ? <img class="thumb" src={props.thumbs[id]} alt="" /> : <div class="thumb" aria-hidden="true" />}
            <div style={{ minWidth: 0, display: "flex", flexDirection: "column", gap: "4px" }}>
              <span class="name" title={name}>
                {name}
              </span>
              <span class="muted">{size ? `${Math.round(size.width)} × ${Math.round(size.height)}` : "\u00a0"}</span>
              <ProgressBar value={p?.value ?? 0} label={`${name} progress`} />
            </div>
            <div class="row">
              {p ? (
                <span class="stage" aria-live="polite" data-testid="stage">
                  {STAGE_LABEL[p.stage]}
                </span>
              ) : (
                <input
                  aria-label={`Mode of ${name}`}
                  placeholder="Mode"
                  title="Optional mode this frame shows, e.g. Light or Dark"
                  value={props.modes[id] ?? ""}
                  disabled={busy}
                  onInput={(e) => props.onMode(id, (e.target as HTMLInputElement).value)}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
