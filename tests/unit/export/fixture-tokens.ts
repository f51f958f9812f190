import type { TokenSet } from "../../../shared/contract/tokens.js";

/** A realistic single-mode token set as the engine + naming produce it (fixed: golden files depend on it). */
export const lightTokens: TokenSet = {
  colors: [
    { id: "c-ffffff", hex: "#ffffff", name: "color/background", role: "background", palette: "white", coverage: 0.52, frames: [{ frame: "Home", coverage: 0.52 }], usage: ["fill"], namingSource: "claude", description: "Page background" },
    { id: "c-f8fafc", hex: "#f8fafc", name: "color/surface", role: "surface", palette: "gray-50", coverage: 0.18, frames: [{ frame: "Home", coverage: 0.18 }], usage: ["fill"], namingSource: "claude" },
    { id: "c-0f172a", hex: "#0f172a", name: "color/text/default", role: "text", palette: "gray-900", coverage: 0.06, frames: [{ frame: "Home", coverage: 0.06 }], usage: ["text"], contrast: [{ against: "#ffffff", ratio: 17.85, aa: true, aaa: true }], namingSource: "claude" },
    { id: "c-64748b", hex: "#64748b", name: "color/text/muted", role: "text-muted", palette: "gray-500", coverage: 0.03, frames: [{ frame: "Home", coverage: 0.03 }], usage: ["text"], contrast: [{ against: "#ffffff", ratio: 4.76, aa: true, aaa: false }], namingSource: "heuristic" },
    { id: "c-e2e8f0", hex: "#e2e8f0", name: "color/border", role: "border", palette: "gray-200", coverage: 0.02, frames: [{ frame: "Home", coverage: 0.02 }], usage: ["border"], namingSource: "claude" },
    { id: "c-2563eb", hex: "#2563eb", name: "color/brand/primary", role: "primary", palette: "blue-600", coverage: 0.09, frames: [{ frame: "Home", coverage: 0.09 }], usage: ["fill", "text"], namingSource: "claude", description: "Primary actions and links" },
    { id: "c-16a34a", hex: "#16a34a", name: "color/status/success", role: "success", palette: "green-600", coverage: 0.01, frames: [{ frame: "Home", coverage: 0.01 }], usage: ["fill"], namingSource: "user" },
    { id: "c-000000-80", hex: "#000000", alpha: 0.50196, name: "color/overlay", role: "other", palette: "black", coverage: 0.004, frames: [{ frame: "Modal", coverage: 0.004 }], usage: ["fill"], namingSource: "heuristic" },
  ],
  spacing: [
    { id: "s-4", px: 4, name: "spacing/xs", count: 31, contexts: [{ context: "gap", count: 31 }], frames: ["Home"], namingSource: "heuristic" },
    { id: "s-8", px: 8, name: "spacing/sm", count: 54, contexts: [{ context: "gap", count: 40 }, { context: "padding", count: 14 }], frames: ["Home"], namingSource: "heuristic" },
    { id: "s-16", px: 16, name: "spacing/md", count: 77, contexts: [{ context: "padding", count: 77 }], frames: ["Home", "Modal"], namingSource: "heuristic" },
    { id: "s-24", px: 24, name: "spacing/lg", count: 20, contexts: [{ context: "padding", count: 20 }], frames: ["Home"], namingSource: "claude", description: "Card padding" },
    { id: "s-40", px: 40, name: "spacing/section", count: 6, contexts: [{ context: "margin", count: 6 }], frames: ["Home"], namingSource: "claude" },
  ],
  gradients: [
    { id: "g-hero", name: "gradient/hero", stops: [{ hex: "#2563eb", position: 0 }, { hex: "#16a34a", position: 1 }], angle: 90, coverage: 0.12, frames: ["Home"] },
  ],
  baseUnit: 4,
  modes: ["Default"],
};

/** The same set with a Dark mode (two modes → one DTCG file per mode, `.dark` blocks). */
export const themedTokens: TokenSet = {
  ...lightTokens,
  modes: ["Light", "Dark"],
  colors: lightTokens.colors.map((c) => {
    const dark: Record<string, string> = {
      "color/background": "#0f172a",
      "color/surface": "#1e293b",
      "color/text/default": "#f8fafc",
      "color/text/muted": "#94a3b8",
      "color/border": "#334155",
      "color/brand/primary": "#60a5fa",
    };
    return dark[c.name] ? { ...c, modeValues: { Dark: dark[c.name] } } : c;
  }),
  spacing: lightTokens.spacing.map((s) => (s.name === "spacing/section" ? { ...s, modeValues: { Dark: 48 } } : s)),
};
