import type { FigmaApi, NodeLike, UiLike } from "../../../plugin/main/figma-api";
import { createLog, count, type FakeLog } from "./fake-log";
import { FakeNode, FakeSlice, type FakeNodeInit } from "./fake-nodes";
import { FakePluginData } from "./fake-plugin-data";
import { createVariablesApi, dynamicPageError, type FakeVariablesApi } from "./fake-variables-api";
import type { FakeCollection } from "./fake-collection";
import type { FakeVariable, VariableStore } from "./fake-variables";

/** Options of one fake document. */
export interface FigmaFakeOptions {
  /** Modes allowed per collection (Figma Starter = 1). Default 4. */
  maxModes?: number;
  /** Plugin id used for plugin-data size accounting. Default `copy-that-tokens`. */
  pluginId?: string;
}

type Listener = (message: unknown) => void;

/** The `figma` global of the fake: the main thread's `FigmaApi` plus the sync getters that throw under dynamic-page. */
export type FakeFigma = FigmaApi & {
  readonly ui: UiLike & { onmessage: Listener | undefined };
  readonly variables: FakeVariablesApi;
  readonly clientStorage: FigmaApi["clientStorage"] & Pick<ClientStorageAPI, "deleteAsync" | "keysAsync">;
  readonly currentPage: { selection: ReadonlyArray<NodeLike> };
  getNodeById(id: string): never;
  showUI(html: string, options?: ShowUIOptions): void;
};

/** What `createFigmaFake` returns: the API, the UI side of the message channel, and inspectable state. */
export interface FigmaFake {
  figma: FakeFigma;
  ui: {
    /** Delivers a message to the main thread's `figma.ui` listeners (structured-cloned, async). */
    sendToMain(message: unknown): void;
    /** Receives what the main thread posts with `figma.ui.postMessage`. Returns an unsubscribe. */
    onMessageFromMain(listener: Listener): () => void;
  };
  log: FakeLog;
  variables: Map<string, FakeVariable>;
  collections: Map<string, FakeCollection>;
  storage: Map<string, unknown>;
  /** Puts a node on the current page. */
  addNode(init: FakeNodeInit): FakeNode;
  /** Sets the selection and fires `selectionchange` like Figma (asynchronously). */
  select(nodes: ReadonlyArray<NodeLike>): void;
  /** Switches to another page showing `nodes` as its selection: fires only `currentpagechange`, like a page switch. */
  switchPage(nodes: ReadonlyArray<NodeLike>): void;
  /** Slices currently on the page (the export removes its temporary slices). */
  liveSlices(): FakeSlice[];
}

const later = (fn: () => void) => setTimeout(fn, 0);

/** Creates an in-memory Figma document and plugin API that behaves like Figma where Copy That depends on it. */
export function createFigmaFake(options: FigmaFakeOptions = {}): FigmaFake {
  const log = createLog();
  const pluginId = options.pluginId ?? "copy-that-tokens";
  let id = 1;
  const mutate = () => void log.pendingMutations++;
  const store: VariableStore = {
    variables: new Map(),
    collections: new Map(),
    nextId: () => id++,
    mutate,
    maxModes: options.maxModes ?? 4,
    pluginId,
    onRemoveVariable: (vid) => log.removedVariables.push(vid),
    onRemoveCollection: (cid) => log.removedCollections.push(cid),
  };
  const nodes = new Map<string, FakeNode>();
  const slices = new Set<FakeSlice>();
  const storage = new Map<string, unknown>();
  const mainListeners = new Set<Listener>();
  const uiListeners = new Set<Listener>();
  const eventListeners = { selectionchange: new Set<() => void>(), currentpagechange: new Set<() => void>() };
  let selection: ReadonlyArray<NodeLike> = [];
  let onmessage: Listener | undefined;
  const root = new FakePluginData(pluginId, mutate);

  const figma: FakeFigma = {
    ui: {
      postMessage: (message) => {
        const copy = structuredClone(message);
        later(() => uiListeners.forEach((l) => l(copy)));
      },
      on: (_type, cb) => void mainListeners.add(cb),
      off: (_type, cb) => void mainListeners.delete(cb),
      get onmessage() {
        return onmessage;
      },
      set onmessage(cb) {
        onmessage = cb;
      },
      resize: (width, height) => void log.resizes.push({ width, height }),
    },
    variables: createVariablesApi(store, log),
    clientStorage: {
      getAsync: async (key) => structuredClone(storage.get(key)),
      setAsync: async (key, value) => void storage.set(key, structuredClone(value)),
      deleteAsync: async (key) => void storage.delete(key),
      keysAsync: async () => [...storage.keys()],
    },
    root: {
      getPluginData: (key) => root.getPluginData(key),
      setPluginData: (key, value) => root.setPluginData(key, value),
      getPluginDataKeys: () => root.getPluginDataKeys(),
    },
    currentPage: {
      get selection() {
        return selection;
      },
      set selection(next) {
        selection = [...next];
        later(() => eventListeners.selectionchange.forEach((l) => l()));
      },
    },
    async getNodeByIdAsync(nodeId) {
      count(log, "getNodeByIdAsync");
      return nodes.get(nodeId) ?? null;
    },
    getNodeById() {
      throw dynamicPageError("getNodeById", "getNodeByIdAsync");
    },
    createSlice() {
      count(log, "createSlice");
      const slice = new FakeSlice(log, (s) => slices.delete(s));
      slices.add(slice);
      mutate();
      return slice;
    },
    showUI(_html, opts) {
      count(log, "showUI");
      log.showUI.push(opts ?? {});
    },
    notify(message, opts) {
      log.notifications.push({ message, options: opts });
      return { cancel: () => undefined };
    },
    commitUndo() {
      count(log, "commitUndo");
      log.undoSteps.push(log.pendingMutations);
      log.pendingMutations = 0;
    },
    on: (type, cb) => void eventListeners[type].add(cb),
    off: (type, cb) => void eventListeners[type].delete(cb),
  };

  return {
    figma,
    ui: {
      sendToMain(message) {
        const copy = structuredClone(message);
        later(() => {
          mainListeners.forEach((l) => l(copy));
          onmessage?.(copy);
        });
      },
      onMessageFromMain(listener) {
        uiListeners.add(listener);
        return () => void uiListeners.delete(listener);
      },
    },
    log,
    variables: store.variables,
    collections: store.collections,
    storage,
    addNode(init) {
      const node = new FakeNode(log, init);
      nodes.set(node.id, node);
      return node;
    },
    select(next) {
      figma.currentPage.selection = next;
    },
    switchPage(next) {
      selection = [...next];
      later(() => eventListeners.currentpagechange.forEach((l) => l()));
    },
    liveSlices: () => [...slices],
  };
}
