/**
 * The slice of the Figma plugin API the main thread uses. Typed with `Pick<…>` of the
 * official typings so the real `figma` global satisfies it and the test fake
 * (`tests/fakes/figma/`) is checked against the same shapes.
 */

/** A local variable, as much of it as the sync reads and writes. */
export type VariableLike = Pick<
  Variable,
  | "id"
  | "name"
  | "description"
  | "resolvedType"
  | "variableCollectionId"
  | "valuesByMode"
  | "setValueForMode"
  | "scopes"
  | "codeSyntax"
  | "setVariableCodeSyntax"
  | "getPluginData"
  | "setPluginData"
  | "remove"
>;

/** A local variable collection. */
export type CollectionLike = Pick<
  VariableCollection,
  "id" | "name" | "modes" | "defaultModeId" | "variableIds" | "addMode" | "removeMode" | "renameMode" | "remove" | "getPluginData" | "setPluginData"
>;

/** The variables API, async getters only (the manifest uses `documentAccess: "dynamic-page"`). */
export interface VariablesLike {
  getLocalVariablesAsync(type?: VariableResolvedDataType): Promise<VariableLike[]>;
  getLocalVariableCollectionsAsync(): Promise<CollectionLike[]>;
  createVariableCollection(name: string): CollectionLike;
  createVariable(name: string, collection: CollectionLike, resolvedType: VariableResolvedDataType): VariableLike;
}

/** An exportable scene node (frame, component, instance, section, group) or a slice. */
export interface NodeLike {
  readonly id: string;
  name: string;
  readonly type: NodeType;
  readonly width: number;
  readonly height: number;
  readonly absoluteBoundingBox?: Rect | null;
  exportAsync(settings?: ExportSettingsImage): Promise<Uint8Array>;
}

/** A slice used to export one horizontal band of a tall frame. */
export interface SliceLike extends NodeLike {
  x: number;
  y: number;
  resize(width: number, height: number): void;
  remove(): void;
}

/** What `figma.ui` offers the main thread. */
export interface UiLike {
  postMessage(message: unknown): void;
  on(type: "message", callback: (message: unknown) => void): void;
  off(type: "message", callback: (message: unknown) => void): void;
  resize(width: number, height: number): void;
}

/** The `figma` global as the main thread uses it. */
export interface FigmaApi {
  readonly ui: UiLike;
  readonly variables: VariablesLike;
  readonly clientStorage: Pick<ClientStorageAPI, "getAsync" | "setAsync">;
  readonly root: Pick<DocumentNode, "getPluginData" | "setPluginData" | "getPluginDataKeys">;
  readonly currentPage: { readonly selection: ReadonlyArray<NodeLike> };
  getNodeByIdAsync(id: string): Promise<NodeLike | BaseNode | null>;
  /** Creates a slice on the current page (used to export bands of tall frames). */
  createSlice(): SliceLike;
  notify(message: string, options?: NotificationOptions): NotificationHandler;
  commitUndo(): void;
  on(type: "selectionchange" | "currentpagechange", callback: () => void): void;
  off(type: "selectionchange" | "currentpagechange", callback: () => void): void;
}
