import { z } from "zod";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { ColorRoleSchema } from "../../shared/contract/tokens.js";

// Factories, not shared instances: a shared zod instance becomes a `$ref` in the JSON schema.
const name = (group: "color" | "spacing") =>
  z.string().describe(`Slash path of lowercase kebab-case segments starting with ${group}/, e.g. ${group === "color" ? "color/text/muted" : "spacing/md"}`);
const description = () => z.string().describe("At most 12 words: where/why it is used, or why it is noise");
const noise = () => z.boolean().describe("true when this candidate is not a real design token (antialiasing, photo residue, a one-off)");

/** One color suggestion: refers to a candidate by id, never carries a value. */
export const ColorSuggestionSchema = z.object({
  id: z.string().describe("Candidate id from the table, e.g. c3"),
  name: name("color"),
  role: ColorRoleSchema,
  description: description(),
  noise: noise(),
});

/** One spacing suggestion. */
export const SpacingSuggestionSchema = z.object({
  id: z.string().describe("Candidate id from the table, e.g. s2"),
  name: name("spacing"),
  description: description(),
  noise: noise(),
});

/** What Claude must return (strict JSON via structured outputs). */
export const NamingReplySchema = z.object({
  colors: z.array(ColorSuggestionSchema),
  spacing: z.array(SpacingSuggestionSchema),
});

export type ColorSuggestion = z.infer<typeof ColorSuggestionSchema>;
export type SpacingSuggestion = z.infer<typeof SpacingSuggestionSchema>;
export type NamingReply = z.infer<typeof NamingReplySchema>;

/**
 * The `output_config.format` sent with every request: a JSON schema derived from
 * {@link NamingReplySchema} by the SDK (every object closed with `additionalProperties: false`).
 * Computed once per isolate; identical bytes on every request keep the prompt prefix cacheable.
 */
export const NAMING_OUTPUT_FORMAT: { type: "json_schema"; schema: Record<string, unknown> } = {
  type: "json_schema",
  schema: zodOutputFormat(NamingReplySchema).schema,
};
