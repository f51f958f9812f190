declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../../worker/index");
  }
  interface Env {
    CACHE: KVNamespace;
    LIMITS: KVNamespace;
    ANTHROPIC_API_KEY?: string;
    ANTHROPIC_BASE_URL?: string;
  }
}
