import type { WindowCounters } from "./window-counter.js";

const DAY = 86_400;
/** Budgets are counted in micro-USD so the shard counters stay integers. */
const MICRO = 1_000_000;

/** KV counter names of the daily Claude budgets. */
export const budgetKey = (scope: "global" | "client", identity?: string): string => (scope === "global" ? "budget:global" : `budget:client:${identity}`);

/** Daily budgets in USD (0 disables Claude for that scope). */
export interface BudgetLimits {
  perClientUsd: number;
  globalUsd: number;
}

/** Whether the client's or the global daily Claude budget is spent (UTC days). */
export async function isBudgetExhaustedAsync(counters: WindowCounters, identity: string, limits: BudgetLimits): Promise<{ exhausted: boolean; scope?: "client" | "global" }> {
  const client = budgetKey("client", identity);
  const global = budgetKey("global");
  await Promise.all([counters.refreshAsync(client, DAY), counters.refreshAsync(global, DAY)]);
  if (counters.view(global, DAY).count >= limits.globalUsd * MICRO) return { exhausted: true, scope: "global" };
  if (counters.view(client, DAY).count >= limits.perClientUsd * MICRO) return { exhausted: true, scope: "client" };
  return { exhausted: false };
}

/** Adds a Claude call's estimated cost to both budgets; returns the KV persistence promise. */
export function chargeBudget(counters: WindowCounters, identity: string, usd: number): Promise<void> {
  const micro = Math.ceil(Math.max(0, usd) * MICRO);
  if (micro === 0) return Promise.resolve();
  return Promise.all([counters.add(budgetKey("client", identity), DAY, micro), counters.add(budgetKey("global"), DAY, micro)]).then(() => undefined);
}
