/** Reverse-domain key for our data under `$extensions`. */
export const EXTENSION_KEY = "dev.copythat";
/** Figma conventions under `$extensions`. */
export const FIGMA_SCOPES_KEY = "com.figma.scopes";
export const FIGMA_CODE_SYNTAX_KEY = "com.figma.codeSyntax";
/** DTCG 2025.10 reserved name for a group's own token when a token and a group share a path. */
export const ROOT_TOKEN_KEY = "$root";
/** Media type of a DTCG file. */
export const DTCG_MEDIA_TYPE = "application/design-tokens+json";
