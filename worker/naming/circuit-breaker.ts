/** Options of a circuit breaker. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 5. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial request is let through. Default 60 s. */
  cooldownMs?: number;
  now?: () => number;
}

/** Per-isolate breaker: after repeated failures, Claude is skipped for a cool-down. */
export interface CircuitBreaker {
  /** True when a request may go out (closed, or the single half-open trial). */
  tryAcquire(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  /** Gives back an acquired slot without counting a success or a failure. */
  release(): void;
  /** Milliseconds until a trial is allowed again (0 when closed). */
  retryInMs(): number;
  readonly state: "closed" | "open" | "half-open";
}

/** Creates a consecutive-failure circuit breaker with a half-open single trial after the cool-down. */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, options.failureThreshold ?? 5);
  const cooldown = Math.max(0, options.cooldownMs ?? 60_000);
  const now = options.now ?? (() => Date.now());
  let failures = 0;
  let openUntil = 0;
  let trialInFlight = false;

  const state = (): CircuitBreaker["state"] => {
    if (failures < threshold) return "closed";
    return now() >= openUntil ? "half-open" : "open";
  };

  return {
    tryAcquire() {
      const s = state();
      if (s === "closed") return true;
      if (s === "half-open" && !trialInFlight) {
        trialInFlight = true;
        return true;
      }
      return false;
    },
    recordSuccess() {
      failures = 0;
      openUntil = 0;
      trialInFlight = false;
    },
    recordFailure() {
      trialInFlight = false;
      failures++;
      if (failures >= threshold) openUntil = now() + cooldown;
    },
    release() {
      trialInFlight = false;
    },
    retryInMs() {
      return state() === "closed" ? 0 : Math.max(0, openUntil - now());
    },
    get state() {
      return state();
    },
  };
}

const shared = new Map<string, CircuitBreaker>();

/** The breaker shared by every namer of this isolate for one endpoint + model. */
export function sharedCircuitBreaker(key: string, options?: CircuitBreakerOptions): CircuitBreaker {
  let breaker = shared.get(key);
  if (!breaker) {
    breaker = createCircuitBreaker(options);
    shared.set(key, breaker);
  }
  return breaker;
}
