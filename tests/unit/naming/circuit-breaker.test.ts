import { describe, expect, it } from "vitest";
import { createCircuitBreaker, sharedCircuitBreaker } from "../../../worker/naming/circuit-breaker.js";

describe("createCircuitBreaker", () => {
  it("opens after N consecutive failures and lets one trial through after the cool-down", () => {
    let now = 0;
    const b = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
    for (let i = 0; i < 2; i++) {
      expect(b.tryAcquire()).toBe(true);
      b.recordFailure();
    }
    expect(b.state).toBe("closed");
    b.tryAcquire();
    b.recordFailure();
    expect(b.state).toBe("open");
    expect(b.tryAcquire()).toBe(false);
    expect(b.retryInMs()).toBe(1000);
    now = 1000;
    expect(b.state).toBe("half-open");
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // only one trial at a time
    b.recordFailure();
    expect(b.state).toBe("open"); // failed trial: open for another cool-down
    now = 2000;
    expect(b.tryAcquire()).toBe(true);
    b.recordSuccess();
    expect(b.state).toBe("closed");
    expect(b.tryAcquire()).toBe(true);
  });

  it("a success resets the failure count; release frees the trial without counting", () => {
    let now = 0;
    const b = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 10, now: () => now });
    b.recordFailure();
    b.recordSuccess();
    b.recordFailure();
    expect(b.state).toBe("closed");
    b.recordFailure();
    now = 10;
    expect(b.tryAcquire()).toBe(true);
    b.release();
    expect(b.tryAcquire()).toBe(true);
  });

  it("shares one breaker per key in the isolate", () => {
    expect(sharedCircuitBreaker("k1")).toBe(sharedCircuitBreaker("k1"));
    expect(sharedCircuitBreaker("k1")).not.toBe(sharedCircuitBreaker("k2"));
  });
});
