import { useEffect, useRef, useState } from "preact/hooks";

/**
 * Seconds left of a wait that starts whenever `seconds` or `key` changes (e.g. a new 429);
 * undefined when none. The first render after a change already returns the full wait.
 */
export function useCountdown(seconds: number | undefined, key?: unknown): number | undefined {
  const [left, setLeft] = useState(seconds);
  const started = useRef<{ seconds: number | undefined; key: unknown }>({ seconds, key });
  const fresh = started.current.seconds !== seconds || started.current.key !== key;
  useEffect(() => {
    started.current = { seconds, key };
    setLeft(seconds);
    if (!seconds) return;
    const end = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const rest = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(rest);
      if (!rest) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, key]);
  return fresh ? seconds : left;
}
