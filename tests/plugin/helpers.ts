import type { ColorToken, SpacingToken, TokenSet } from "../../shared/contract/tokens";
import { createRpcClient, type RpcClient } from "../../shared/protocol/rpc";
import { startMain } from "../../plugin/main/start-main";
import { createFigmaFake, type FigmaFake, type FigmaFakeOptions } from "../fakes/figma";

/** The main thread running against a fresh fake, and a typed RPC client (results validated by the zod schemas) talking to it. */
export function startFake(options: FigmaFakeOptions = {}): { fake: FigmaFake; client: RpcClient; stop: () => void } {
  const fake = createFigmaFake(options);
  const stopMain = startMain(fake.figma);
  const client = createRpcClient((m) => fake.ui.sendToMain(m), (l) => fake.ui.onMessageFromMain(l), { timeoutMs: 5000 });
  return { fake, client, stop: () => (client.dispose(), stopMain()) };
}

/** A color token as the extraction returns it. */
export function color(name: string, hex: string, extra: Partial<ColorToken> = {}): ColorToken {
  return { id: `c-${hex.slice(1)}`, hex, name, role: "other", palette: "blue-500", coverage: 0.1, frames: [], usage: ["fill"], ...extra };
}

/** A spacing token as the extraction returns it. */
export function spacing(name: string, px: number, extra: Partial<SpacingToken> = {}): SpacingToken {
  return { id: `s-${px}`, px, name, count: 3, contexts: [{ context: "gap", count: 3 }], frames: [], ...extra };
}

/** A token set with defaults filled in. */
export function tokenSet(colors: ColorToken[], spacingTokens: SpacingToken[] = [], modes = ["Default"]): TokenSet {
  return { colors, spacing: spacingTokens, gradients: [], baseUnit: null, modes };
}

/** Resolves once `check()` is true (polling), or rejects after `timeoutMs` — for async message delivery under load. */
export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("waitFor: condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Lets queued timers run (for asserting that nothing arrives). */
export const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));
