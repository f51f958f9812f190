import { z } from "zod";
import { ExtractOptionsSchema, ExtractResponseSchema, ProgressEventSchema } from "../../shared/contract/extract.js";
import { ErrorCodeSchema, ProblemSchema, PROBLEM_CONTENT_TYPE } from "../../shared/contract/problem.js";

type Json = Record<string, unknown>;

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) of a zod schema, without the `$schema` marker. */
function schemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest;
}

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } } });
const rateHeaders = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed in the tightest window." },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in that window." },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until that window resets." },
};

/** The OpenAPI 3.1 document, generated from the shared zod contract. */
export function buildOpenApi(serverUrl?: string): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Copy That API",
      version: "1",
      description: "Turns PNG exports of Figma frames into exact design tokens (hex colors, 1x spacing) with names.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      securitySchemes: { accessKey: { type: "http", scheme: "bearer", description: "Required when the server sets ACCESS_KEYS." } },
      schemas: {
        ExtractOptions: schemaOf(ExtractOptionsSchema, "input"),
        ExtractResponse: schemaOf(ExtractResponseSchema, "output"),
        ProgressEvent: schemaOf(ProgressEventSchema, "output"),
        Problem: schemaOf(ProblemSchema, "output"),
        ErrorCode: schemaOf(ErrorCodeSchema, "output"),
      },
    },
    paths: {
      "/v1/extract": {
        post: {
          operationId: "extract",
          summary: "Extract design tokens from PNG frames",
          security: [{ accessKey: [] }, {}],
          parameters: [
            { name: "scale", in: "query", schema: { type: "number", minimum: 0.25, maximum: 8 }, description: "Raw PNG body only: export scale." },
            { name: "name", in: "query", schema: { type: "string" }, description: "Raw PNG body only: frame name." },
            { name: "mode", in: "query", schema: { type: "string" }, description: "Raw PNG body only: mode the frame shows." },
            { name: "types", in: "query", schema: { type: "string" }, description: "Raw PNG body only: comma list of color,spacing." },
            { name: "maxColors", in: "query", schema: { type: "integer" }, description: "Raw PNG body only." },
            { name: "naming", in: "query", schema: { type: "string", enum: ["auto", "heuristic"] }, description: "Raw PNG body only." },
            { name: "X-Client-Id", in: "header", schema: { type: "string", maxLength: 128 }, description: "Random id of the client install (rate limiting)." },
          ],
          requestBody: {
            required: true,
            content: {
              "image/png": { schema: { type: "string", contentMediaType: "image/png" } },
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["frame"],
                  properties: {
                    frame: { type: "array", items: { type: "string", contentMediaType: "image/png" }, description: "One part per frame, in order." },
                    options: { $ref: "#/components/schemas/ExtractOptions" },
                  },
                },
                encoding: { options: { contentType: "application/json" }, frame: { contentType: "image/png" } },
              },
            },
          },
          responses: {
            "200": {
              description: "Tokens. With `Accept: text/event-stream`: `progress` events, then one `result` (ExtractResponse) or `error` (Problem) event.",
              headers: rateHeaders,
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/ExtractResponse" } },
                "text/event-stream": { schema: { type: "string" }, description: "event: progress (ProgressEvent) | result (ExtractResponse) | error (Problem)" },
              },
            },
            "400": problem("Malformed multipart, options, or empty body."),
            "401": problem("Missing or wrong access key."),
            "413": problem("Body, frame or frame count over the limit, or image too large."),
            "415": problem("Content-Type is not image/png or multipart/form-data."),
            "422": problem("Not a PNG, truncated, bad header/chunk, decompression bomb."),
            "429": { ...problem("Rate limited; see Retry-After."), headers: { ...rateHeaders, "Retry-After": { schema: { type: "integer" } } } },
            "500": problem("Unexpected error; quote the requestId."),
          },
        },
      },
      "/health": { get: { operationId: "health", summary: "Liveness", responses: { "200": { description: "Alive" } } } },
      "/health/ready": {
        get: { operationId: "ready", summary: "Readiness: KV, config, Claude configured", responses: { "200": { description: "Ready" }, "503": { description: "Not ready" } } },
      },
      "/openapi.json": { get: { operationId: "openapi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
  };
}
