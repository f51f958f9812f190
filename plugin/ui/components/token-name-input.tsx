import { useEffect, useState } from "preact/hooks";

/** Inline name editor: Enter or blur commits, Escape reverts. `onCommit` returns an error message or null. */
export function TokenNameInput(props: { value: string; label: string; onCommit: (name: string) => string | null }) {
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = () => {
    if (draft === props.value) return setError(null);
    const problem = props.onCommit(draft);
    setError(problem);
    if (problem) setDraft(props.value);
  };
  return (
    <>
      <input
        value={draft}
        aria-label={props.label}
        aria-invalid={error ? true : undefined}
        title={error ?? "Rename (Enter to save, Escape to cancel)"}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") (e.target as HTMLInputElement).blur();
          if (e.key === "Escape") {
            e.stopPropagation();
            setDraft(props.value);
            setError(null);
          }
        }}
      />
      {error && (
        <span class="muted" role="status" style={{ color: "var(--danger)" }}>
          {error}
        </span>
      )}
    </>
  );
}
