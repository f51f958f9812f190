import type { ErrorMessage } from "../backend/describe-error.js";

/** A plain-words error with the next step and its actions (retry, measure locally, settings). */
export function ErrorBanner(props: { error: ErrorMessage; onRetry?: () => void; onLocal?: () => void; onSettings?: () => void; countdown?: number }) {
  const { error, countdown } = props;
  const waiting = countdown !== undefined && countdown > 0;
  return (
    <div class="banner error" role="alert" data-testid="error">
      <strong>{error.title}</strong>
      <p>{waiting ? `Wait ${countdown} s, then extract again.` : error.retryAfter !== undefined ? "You can extract again now." : error.next}</p>
      <div class="actions">
        {props.onRetry && (
          <button class="small" onClick={props.onRetry} disabled={waiting}>
            {waiting ? `Retry in ${countdown} s` : "Try again"}
          </button>
        )}
        {error.offerLocal && props.onLocal && (
          <button class="small" onClick={props.onLocal} data-testid="run-local">
            Measure locally (heuristic names)
          </button>
        )}
        {props.onSettings && (
          <button class="small ghost" onClick={props.onSettings}>
            Open settings
          </button>
        )}
      </div>
    </div>
  );
}
