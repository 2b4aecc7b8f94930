import { z } from "@medusajs/framework/zod"

type Schema = z.ZodType

/** Tag of the endpoints that describe the API itself (this document, the reference page). */
export const DOCUMENTATION_TAG = "Documentation"
type HttpMethod = "get" | "post" | "put" | "patch" | "delete"

export type ApiV1Response = {
  description: string
  schema?: Schema
  example?: unknown
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>
}

/**
 * One api/v1 operation, described from the same zod schemas that validate it,
 * so the published document cannot drift from what the routes accept.
 */
export type ApiV1Operation = {
  method: HttpMethod
  /** OpenAPI path, e.g. "/api/v1/product/{id}/" */
  path: string
  summary: string
  description?: string
  tags?: string[]
  /** "customer": a logged-in customer (session cookie or bearer token) */
  auth?: "customer"
  query?: Schema
  params?: Schema
  body?: Schema
  bodyExamples?: Record<string, { summary?: string; value: unknown }>
  responses: Record<number, ApiV1Response>
}

// Plugins load their routes (and so register their operations) in one process;
// a global registry keeps one list even if this module were loaded twice.
const REGISTRY = Symbol.for("shop.api-v1.operations")
type GlobalWithRegistry = typeof globalThis & { [REGISTRY]?: Map<string, ApiV1Operation> }

function registry(): Map<string, ApiV1Operation> {
  const g = globalThis as GlobalWithRegistry
  g[REGISTRY] ??= new Map()
  return g[REGISTRY]
}

export function defineApiV1Operation(operation: ApiV1Operation): ApiV1Operation {
  registry().set(`${operation.method.toUpperCase()} ${operation.path}`, operation)
  return operation
}

export function listApiV1Operations(): ApiV1Operation[] {
  return [...registry().values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

export function jsonSchemaOf(schema: Schema): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >
  delete json.$schema
  return json
}

function parametersOf(schema: Schema | undefined, location: "query" | "path") {
  if (!schema) return []
  const json = jsonSchemaOf(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    description: typeof property.description === "string" ? property.description : undefined,
    schema: property,
  }))
}

/** The OpenAPI 3.1 document of every registered api/v1 operation. */
export function buildOpenApiDocument(info: { title: string; version: string; description?: string }) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of listApiV1Operations()) {
    const responses: Record<string, unknown> = {}
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.headers ? { headers: response.headers } : {}),
        ...(response.schema || response.example !== undefined
          ? {
              content: {
                "application/json": {
                  ...(response.schema ? { schema: jsonSchemaOf(response.schema) } : {}),
                  ...(response.example !== undefined ? { example: response.example } : {}),
                },
              },
            }
          : {}),
      }
    }
    paths[op.path] ??= {}
    paths[op.path][op.method] = {
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.tags ? { tags: op.tags } : {}),
      operationId: `${op.method}${op.path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      parameters: [...parametersOf(op.params, "path"), ...parametersOf(op.query, "query")],
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: jsonSchemaOf(op.body),
                  ...(op.bodyExamples ? { examples: op.bodyExamples } : {}),
                },
              },
            },
          }
        : {}),
      ...(op.auth === "customer" ? { security: [{ bearerAuth: [] }, { sessionCookie: [] }] } : {}),
      responses,
    }
  }
  // Tags in order of first use, with the documentation endpoints last, so a
  // reader meets the API itself first.
  const tagNames = [...new Set(listApiV1Operations().flatMap((op) => op.tags ?? []))]
  tagNames.sort((a, b) => Number(a === DOCUMENTATION_TAG) - Number(b === DOCUMENTATION_TAG))
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    tags: tagNames.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "connect.sid" },
      },
    },
  }
}
