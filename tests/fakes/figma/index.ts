export { createFigmaFake, type FakeFigma, type FigmaFake, type FigmaFakeOptions } from "./create-figma-fake";
export { FakeNode, FakeSlice, exportSize, type FakeNodeInit } from "./fake-nodes";
export { FakeCollection } from "./fake-collection";
export { FakeVariable } from "./fake-variables";
export { makePng, pngSize } from "./fake-png";
export { PLUGIN_DATA_ENTRY_LIMIT } from "./fake-plugin-data";
export type { FakeLog } from "./fake-log";
