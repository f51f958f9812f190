/**
 * Version of the measuring pipeline; part of the cache key. Bump whenever results change
 * (colors, names, ids, spacing) so cached responses of an older engine are not served.
 */
export const PIPELINE_VERSION = "engine-2026.11.30-5";
