/** Plugin main thread entry: opens the UI with Figma's theme colors. */
figma.showUI(__html__, { width: 420, height: 640, themeColors: true });
