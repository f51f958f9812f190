import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import type { Browser, Frame, Page } from "playwright-core";
import { DECODE_BYTES_SOURCE, encodeBytes } from "./bytes-codec.js";
import { withFigmaTheme, type Theme } from "./figma-theme.js";

/** The main-thread end of the plugin channel (the Figma fake's `ui`, or a scripted main thread). */
export interface MainSide {
  sendToMain(message: unknown): void;
  onMessageFromMain(listener: (message: unknown) => void): () => void;
}

export interface OpenPlugin {
  page: Page;
  /** The plugin iframe (sandboxed, opaque origin like Figma's). */
  ui: Frame;
  /** Messages the UI sent to the main thread, in order. */
  sent: unknown[];
  screenshotAsync(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Builds dist/ui.html when it is missing (the browser tests need the real bundle). */
export function ensureUiBuilt(): string {
  if (!existsSync("dist/ui.html") || process.env.REBUILD_UI) execFileSync(process.execPath, ["scripts/build-plugin.mjs"], { stdio: "inherit" });
  return readFileSync("dist/ui.html", "utf8");
}

const HARNESS = `<!doctype html><html><head><meta charset="utf-8"><title>Copy That harness</title></head>
<body style="margin:0;padding:16px;background:#d9d9d9">
<iframe id="plugin" title="Copy That" sandbox="allow-scripts allow-downloads allow-forms allow-modals allow-popups" style="width:420px;height:640px;border:0;display:block;box-shadow:0 2px 14px rgba(0,0,0,.25)"></iframe>
<script>
${DECODE_BYTES_SOURCE}
const frame = document.getElementById("plugin");
window.addEventListener("message", (e) => {
  if (e.source === frame.contentWindow && e.data && "pluginMessage" in e.data) window.__toMain(e.data.pluginMessage);
});
window.__toUi = (m) => frame.contentWindow.postMessage({ pluginMessage: decodeBytes(m) }, "*");
</script></body></html>`;

/**
 * Hosts the built plugin UI in a harness page (iframe, like Figma) and plays the main thread:
 * the UI's `parent.postMessage({ pluginMessage })` goes to `main.sendToMain` through
 * `page.exposeFunction`, and the main thread's messages come back as `{ pluginMessage }` events.
 */
export async function openPluginAsync(browser: Browser, main: MainSide, options: { theme?: Theme } = {}): Promise<OpenPlugin> {
  const html = withFigmaTheme(ensureUiBuilt(), options.theme ?? "light");
  const page = await browser.newPage({ viewport: { width: 452, height: 672 } });
  const sent: unknown[] = [];
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.exposeFunction("__toMain", (message: unknown) => {
    sent.push(message);
    main.sendToMain(message);
  });
  const stop = main.onMessageFromMain((message) => {
    page.evaluate((m) => (window as unknown as { __toUi(m: unknown): void }).__toUi(m), encodeBytes(message)).catch(() => undefined);
  });
  await page.setContent(HARNESS);
  await page.evaluate((srcdoc) => ((document.getElementById("plugin") as HTMLIFrameElement).srcdoc = srcdoc), html);
  const handle = await page.waitForSelector("#plugin");
  let ui: Frame | null = null;
  for (let i = 0; i < 100 && !(ui = await handle.contentFrame())?.url().startsWith("about:srcdoc"); i++) await page.waitForTimeout(20);
  if (!ui) throw new Error("plugin iframe did not load");
  await ui.waitForSelector(".app");
  return {
    page,
    ui,
    sent,
    screenshotAsync: async (name) => void (await handle.screenshot({ path: `test-output/screenshots/${name}.png` })),
    close: async () => {
      stop();
      await page.close();
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join("; ")}`);
    },
  };
}

/** Waits for the review screen after Extract; fails fast with the UI's error text if an error shows instead. */
export async function waitForReviewAsync(ui: Frame): Promise<void> {
  const first = await ui.waitForSelector("[data-testid=color], [data-testid=error]", { timeout: 90_000 });
  if ((await first.getAttribute("data-testid")) === "error") throw new Error(`extraction failed in the UI: ${await first.textContent()}`);
}
