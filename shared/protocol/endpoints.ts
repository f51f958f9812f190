import { z } from "zod";
import { ExtractResponseSchema } from "../contract/extract.js";
import { TokenSetSchema } from "../contract/tokens.js";

/** PNG bytes (any `Uint8Array`; Figma's `exportAsync` returns `Uint8Array<ArrayBufferLike>`). */
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: "expected Uint8Array" });

/** A node the designer selected that we can export (frame, component, instance, section, group). */
export const SelectedFrameSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(["FRAME", "COMPONENT", "COMPONENT_SET", "INSTANCE", "SECTION", "GROUP"]),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});

/** One PNG piece of an exported frame; tall frames come as several tiles. */
export const TileSchema = z.object({
  png: Bytes,
  /** Offset of the tile inside the frame, in exported pixels. */
  x: z.number().int().nonnegative(),
  y: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const ExportedFrameSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  scale: z.number().positive(),
  tiles: z.array(TileSchema).min(1),
  thumbnail: Bytes,
  mode: z.string().optional(),
  /** Frame size in canvas units (1x). */
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
  /** True when the requested scale was lowered to stay within the Worker's image limits. */
  scaleReduced: z.boolean().optional(),
});

export const SettingsSchema = z.object({
  backendUrl: z.string().url(),
  accessKey: z.string().max(500).default(""),
  exportScale: z.number().min(0.5).max(4).default(2),
  namingStyle: z.enum(["semantic", "palette"]).default("semantic"),
  collectionName: z.string().min(1).max(100).default("Copy That"),
  clientId: z.string().default(""),
});

/**
 * `set-settings` params: any subset of the settings, without defaults — `SettingsSchema.partial()`
 * would fill the missing fields with their defaults and wipe e.g. the stored access key.
 */
export const SettingsPatchSchema = z
  .object({
    backendUrl: z.string().url(),
    accessKey: z.string().max(500),
    exportScale: z.number().min(0.5).max(4),
    namingStyle: z.enum(["semantic", "palette"]),
    collectionName: z.string().min(1).max(100),
    clientId: z.string(),
  })
  .partial();

export const SyncRequestSchema = z.object({
  tokens: TokenSetSchema,
  collectionName: z.string().min(1).max(100),
  /**
   * Mode to write the default values into. In an existing collection without that mode, the
   * values go to the collection's default mode — unless `addMode` is true, then the mode is
   * created (may hit the plan's mode limit). A new collection's first mode gets this name.
   */
  modeName: z.string().min(1).max(60),
  /** Create `modeName` in an existing collection that lacks it instead of using its default mode. */
  addMode: z.boolean().optional(),
});

const VarValue = z.union([z.string(), z.number()]);
export const SyncEntrySchema = z.object({
  tokenId: z.string(),
  name: z.string(),
  type: z.enum(["COLOR", "FLOAT"]),
  variableId: z.string().optional(),
  oldName: z.string().optional(),
  /** Old value in the chosen (primary) mode, when it changes. */
  oldValue: VarValue.optional(),
  newValue: VarValue,
  /** Every mode whose value changes (primary and e.g. Dark), old → new. */
  modeChanges: z.array(z.object({ mode: z.string(), oldValue: VarValue.optional(), newValue: VarValue })).optional(),
});

/** A token the sync skips instead of guessing: nothing is deleted or overwritten for it. */
export const SyncConflictSchema = z.object({
  tokenId: z.string(),
  name: z.string(),
  variableId: z.string().optional(),
  /** `type_mismatch`: the same-named variable has another type; `name_taken`: the target name belongs to another variable; `duplicate_token`: two tokens claim one variable/name. */
  reason: z.enum(["type_mismatch", "name_taken", "duplicate_token"]),
  message: z.string(),
});

export const SyncPreviewSchema = z.object({
  collection: z.object({ name: z.string(), exists: z.boolean() }),
  modes: z.array(z.object({ name: z.string(), exists: z.boolean() })),
  created: z.array(SyncEntrySchema),
  changed: z.array(SyncEntrySchema),
  renamed: z.array(SyncEntrySchema),
  unchanged: z.array(SyncEntrySchema),
  /** Existing variables in the collection the token set doesn't mention: left alone. */
  untouched: z.array(z.object({ variableId: z.string(), name: z.string() })),
  /** Tokens skipped because writing them would clash with what is in the file. */
  conflicts: z.array(SyncConflictSchema).default([]),
});

export const SyncResultSchema = z.object({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  renamed: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  collectionId: z.string(),
  /** Tokens skipped as conflicts (see the preview). */
  conflicts: z.number().int().nonnegative().default(0),
});

export const CollectionInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  modes: z.array(z.object({ modeId: z.string(), name: z.string() })),
  variableCount: z.number().int().nonnegative(),
});

/** What we keep in the document so reopening the plugin restores the review screen. */
export const SavedExtractionSchema = z.object({
  savedAt: z.string(),
  response: ExtractResponseSchema,
  /** The designer's edits on top of the response (renames, exclusions, merges). */
  tokens: TokenSetSchema,
});

const Empty = z.object({}).strict();

/** The exportable part of the selection; `ignored` counts selected layers that can't be exported. */
export const SelectionSchema = z.object({ frames: z.array(SelectedFrameSchema), ignored: z.number().int().nonnegative().optional() });

/**
 * UI → main thread endpoints. Every call is a request with an id and gets exactly one
 * reply: `{ ok: true, result }` or `{ ok: false, error }` (see rpc.ts), or times out.
 */
export const endpoints = {
  "get-selection": { params: Empty, result: SelectionSchema },
  "export-frames": {
    params: z.object({ scale: z.number().min(0.5).max(4), ids: z.array(z.string()).optional(), modes: z.record(z.string(), z.string()).optional() }),
    result: z.object({ frames: z.array(ExportedFrameSchema) }),
  },
  "get-thumbnails": {
    params: z.object({ ids: z.array(z.string()).max(100) }),
    result: z.object({ thumbnails: z.array(z.object({ nodeId: z.string(), png: Bytes })) }),
  },
  "list-collections": { params: Empty, result: z.object({ collections: z.array(CollectionInfoSchema) }) },
  "preview-sync": { params: SyncRequestSchema, result: SyncPreviewSchema },
  "apply-sync": { params: SyncRequestSchema, result: SyncResultSchema },
  "export-variables": { params: z.object({ collectionId: z.string() }), result: TokenSetSchema },
  "get-settings": { params: Empty, result: SettingsSchema },
  "set-settings": { params: SettingsPatchSchema, result: SettingsSchema },
  "load-extraction": { params: Empty, result: z.object({ saved: SavedExtractionSchema.nullable() }) },
  "save-extraction": { params: SavedExtractionSchema, result: Empty },
  notify: { params: z.object({ message: z.string().max(100), error: z.boolean().optional() }), result: Empty },
  "resize-ui": { params: z.object({ width: z.number().int().min(240).max(1200), height: z.number().int().min(240).max(1200) }), result: Empty },
} as const;

/** Main thread → UI events (no reply). */
export const events = {
  "selection-changed": SelectionSchema,
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type Params<N extends EndpointName> = z.input<Endpoints[N]["params"]>;
/** Params after parsing (defaults applied): what a handler receives. */
export type ParsedParams<N extends EndpointName> = z.infer<Endpoints[N]["params"]>;
export type Result<N extends EndpointName> = z.infer<Endpoints[N]["result"]>;
export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;

export type SelectedFrame = z.infer<typeof SelectedFrameSchema>;
export type Tile = z.infer<typeof TileSchema>;
export type ExportedFrame = z.infer<typeof ExportedFrameSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type SyncRequest = z.infer<typeof SyncRequestSchema>;
export type SyncEntry = z.infer<typeof SyncEntrySchema>;
export type SyncConflict = z.infer<typeof SyncConflictSchema>;
export type SyncPreview = z.infer<typeof SyncPreviewSchema>;
export type SyncResult = z.infer<typeof SyncResultSchema>;
export type CollectionInfo = z.infer<typeof CollectionInfoSchema>;
export type SavedExtraction = z.infer<typeof SavedExtractionSchema>;
