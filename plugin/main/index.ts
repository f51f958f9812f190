import { startMain } from "./start-main";

/** Plugin main thread entry: opens the UI with Figma's theme colors and serves its requests. */
figma.showUI(__html__, { width: 420, height: 640, themeColors: true });
startMain(figma);
