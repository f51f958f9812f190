/** What the fake records so tests can assert on behaviour, not on internals. */
export interface FakeLog {
  /** Count of API calls by name (e.g. `getLocalVariablesAsync`). */
  calls: Record<string, number>;
  /** Document mutations since the last `commitUndo`. */
  pendingMutations: number;
  /** One entry per `commitUndo`: how many mutations that undo step holds. */
  undoSteps: number[];
  /** `variable.remove()` / `collection.remove()` calls. */
  removedVariables: string[];
  removedCollections: string[];
  notifications: { message: string; options?: NotificationOptions }[];
  exports: { nodeId: string; type: string; settings: ExportSettingsImage | undefined; width: number; height: number }[];
  resizes: { width: number; height: number }[];
  showUI: ShowUIOptions[];
}

/** A fresh, empty log. */
export function createLog(): FakeLog {
  return { calls: {}, pendingMutations: 0, undoSteps: [], removedVariables: [], removedCollections: [], notifications: [], exports: [], resizes: [], showUI: [] };
}

/** Counts one call of `name`. */
export function count(log: FakeLog, name: string): void {
  log.calls[name] = (log.calls[name] ?? 0) + 1;
}
