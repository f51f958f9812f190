import { describe, expect, it } from "vitest";
import { TokenNameSchema } from "../../contract/tokens.js";
import { assignRoles } from "./assign-roles.js";
import { nameColors } from "./name-colors.js";
import { hueFamily, paletteName } from "./palette-name.js";

describe("paletteName", () => {
  it.each([
    ["#ffffff", "white"],
    ["#000000", "black"],
    ["#f9fafb", "gray-50"],
    ["#e5e7eb", "gray-200"],
    ["#6b7280", "gray-500"],
    ["#374151", "gray-700"],
    ["#111827", "gray-900"],
    ["#2563eb", "blue-600"],
    ["#dbeafe", "blue-100"],
    ["#dc2626", "red-600"],
  ])("%s → %s", (hex, name) => expect(paletteName(hex)).toBe(name));

  it("families cover the wheel", () => {
    expect(hueFamily("#16a34a")).toBe("green");
    expect(hueFamily("#f59e0b")).toBe("amber");
    expect(hueFamily("#4f46e5")).toBe("indigo");
    expect(hueFamily("#ec4899")).toBe("pink");
  });
});

describe("assignRoles + nameColors", () => {
  const colors = [
    { hex: "#ffffff", coverage: 0.6, usage: ["fill"] as const },
    { hex: "#f3f4f6", coverage: 0.2, usage: ["fill"] as const },
    { hex: "#2563eb", coverage: 0.05, usage: ["fill"] as const },
    { hex: "#111827", coverage: 0.02, usage: ["text"] as const },
    { hex: "#6b7280", coverage: 0.01, usage: ["text"] as const },
    { hex: "#e5e7eb", coverage: 0.01, usage: ["border"] as const },
    { hex: "#16a34a", coverage: 0.004, usage: ["fill"] as const },
    { hex: "#dc2626", coverage: 0.003, usage: ["text"] as const },
    { hex: "#9333ea", coverage: 0.002, usage: ["fill"] as const },
    { hex: "#fafafa", coverage: 0.001, usage: ["fill"] as const },
    { hex: "#fafafb", coverage: 0.001, usage: ["fill"] as const },
  ];

  it("assigns the evident roles", () => {
    expect(assignRoles(colors)).toEqual(["background", "surface", "primary", "text", "text-muted", "border", "success", "danger", "accent", "neutral", "neutral"]);
  });

  it("names are role paths or palette paths, unique, valid and deterministic", () => {
    const roles = assignRoles(colors);
    const named = nameColors(colors.map((c, i) => ({ hex: c.hex, role: roles[i]! })));
    expect(named.map((n) => n.name)).toEqual([
      "color/background",
      "color/surface",
      "color/brand/primary",
      "color/text/default",
      "color/text/muted",
      "color/border",
      "color/success",
      "color/danger",
      "color/brand/accent",
      "color/gray-50",
      "color/gray-50-2",
    ]);
    for (const n of named) expect(TokenNameSchema.safeParse(n.name).success).toBe(true);
    expect(nameColors(colors.map((c, i) => ({ hex: c.hex, role: roles[i]! })))).toEqual(named);
  });
});

describe("assignRoles primary", () => {
  it("prefers the saturated mid-lightness color that text sits on over a larger pale chart color", () => {
    const roles = assignRoles([
      { hex: "#ffffff", coverage: 0.7, usage: ["fill"], backgroundVotes: 1 },
      { hex: "#818cf8", coverage: 0.08, usage: ["fill"] },
      { hex: "#4f46e5", coverage: 0.02, usage: ["fill"], hostsText: true },
    ]);
    expect(roles).toEqual(["background", "other", "primary"]);
  });
});
