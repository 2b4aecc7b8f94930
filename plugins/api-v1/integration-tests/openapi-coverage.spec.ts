import fs from "fs"
import path from "path"
import Ajv2020 from "ajv/dist/2020"
import addFormats from "ajv-formats"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(120000)

const PLUGINS_DIR = path.resolve(__dirname, "..", "..")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

type RouteOperation = { method: string; path: string; file: string }
type OpenApiDocument = {
  openapi: string
  paths: Record<string, Record<string, OpenApiOperation>>
}
type MediaType = { schema?: object; example?: unknown; examples?: Record<string, { value: unknown }> }
type OpenApiOperation = {
  parameters?: { name: string; in: string; schema?: { examples?: unknown[] }; example?: unknown }[]
  requestBody?: { content?: Record<string, MediaType> }
  responses?: Record<string, { content?: Record<string, MediaType> }>
}

/**
 * Every api/v1 route file of every plugin (and of the app itself), found on disk
 * (plugins/<name>/src/api/api/v1/**\/route.ts), with the HTTP methods it exports.
 * `[id]` folders become `{id}` path parameters.
 */
function routeOperations(): RouteOperation[] {
  const found: RouteOperation[] = []
  const roots = [
    path.join(PLUGINS_DIR, "..", "src", "api", "api", "v1"),
    ...fs.readdirSync(PLUGINS_DIR).map((plugin) => path.join(PLUGINS_DIR, plugin, "src", "api", "api", "v1")),
  ]
  for (const root of roots) {
    if (!fs.existsSync(root)) continue
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) {
          walk(full)
        } else if (/^route\.[jt]sx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, "utf8")
          const segments = path
            .relative(root, dir)
            .split(path.sep)
            .filter(Boolean)
            .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
          const routePath = ["/api/v1", ...segments].join("/")
          for (const method of METHODS) {
            if (new RegExp(`export\\s+(async\\s+)?(function\\s+${method}\\b|const\\s+${method}\\b)`).test(source)) {
              found.push({ method: method.toLowerCase(), path: routePath, file: path.relative(path.join(PLUGINS_DIR, ".."), full) })
            }
          }
        }
      }
    }
    walk(root)
  }
  return found
}

/** Paths answer with and without the trailing slash; the document may use either. */
const normalise = (p: string) => (p.length > 1 ? p.replace(/\/+$/, "") : p)

shopIntegrationRunner({
  testSuite: ({ http }) => {
    let document: OpenApiDocument

    beforeAll(async () => {
      document = (await http.get<OpenApiDocument>("/api/v1/openapi.json")).data
    })

    it("finds the api/v1 route files on disk (the scan itself works)", () => {
      const routes = routeOperations()
      expect(routes.length).toBeGreaterThanOrEqual(4)
      expect(routes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ method: "get", path: "/api/v1/product" }),
          expect.objectContaining({ method: "get", path: "/api/v1/product/{id}" }),
          expect.objectContaining({ method: "get", path: "/api/v1/openapi.json" }),
          expect.objectContaining({ method: "get", path: "/api/v1/docs" }),
        ])
      )
    })

    it("documents every method of every api/v1 route file in /api/v1/openapi.json", () => {
      const documented = new Set(
        Object.entries(document.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${normalise(p)}`))
      )
      const missing = routeOperations()
        .filter((r) => !documented.has(`${r.method} ${normalise(r.path)}`))
        .map((r) => `${r.method.toUpperCase()} ${r.path} (${r.file})`)
      expect(missing).toEqual([])
    })

    it("documents no operation that has no route file", () => {
      const routes = new Set(routeOperations().map((r) => `${r.method} ${normalise(r.path)}`))
      const stale = Object.entries(document.paths).flatMap(([p, ops]) =>
        Object.keys(ops)
          .filter((m) => !routes.has(`${m} ${normalise(p)}`))
          .map((m) => `${m.toUpperCase()} ${p}`)
      )
      expect(stale).toEqual([])
    })

    it("has examples that validate against their own schemas", () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true })
      addFormats(ajv)
      const problems: string[] = []
      let checked = 0
      const check = (where: string, schema: object | undefined, example: unknown) => {
        if (!schema || example === undefined) return
        checked++
        const validate = ajv.compile(schema)
        if (!validate(example)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`)
      }
      for (const [p, ops] of Object.entries(document.paths)) {
        for (const [method, op] of Object.entries(ops)) {
          const at = `${method.toUpperCase()} ${p}`
          for (const param of op.parameters ?? []) {
            for (const example of param.schema?.examples ?? []) check(`${at} parameter ${param.name}`, param.schema, example)
            check(`${at} parameter ${param.name}`, param.schema, param.example)
          }
          for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
            check(`${at} request ${type}`, media.schema, media.example)
            for (const [name, ex] of Object.entries(media.examples ?? {})) check(`${at} request example ${name}`, media.schema, ex.value)
          }
          for (const [status, response] of Object.entries(op.responses ?? {})) {
            for (const [type, media] of Object.entries(response.content ?? {})) {
              check(`${at} ${status} ${type}`, media.schema, media.example)
              for (const [name, ex] of Object.entries(media.examples ?? {})) check(`${at} ${status} example ${name}`, media.schema, ex.value)
            }
          }
        }
      }
      expect(problems).toEqual([])
      expect(checked).toBeGreaterThan(0)
    })

    it("documents the product index as the contract says", () => {
      const list = document.paths["/api/v1/product/"]?.get
      expect(list).toBeDefined()
      const names = (list?.parameters ?? []).map((p) => `${p.in}:${p.name}`).sort()
      expect(names).toEqual(["query:brand", "query:limit", "query:offset", "query:order", "query:q"])
      const order = (list?.parameters ?? []).find((p) => p.name === "order")?.schema as { enum?: string[] }
      expect(order.enum).toEqual(["name", "price", "-price", "created_at", "-created_at"])
      expect(Object.keys(list?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400"]))
      const detail = document.paths["/api/v1/product/{id}/"]?.get
      expect(Object.keys(detail?.responses ?? {})).toEqual(expect.arrayContaining(["200", "404"]))
    })

    describe("GET /api/v1/docs", () => {
      it("serves a reference page rendered by Redoc from this server, with no CDN", async () => {
        for (const p of ["/api/v1/docs", "/api/v1/docs/"]) {
          const res = await http.get(p)
          expect(res.status).toBe(200)
          expect(res.headers["content-type"]).toMatch(/^text\/html/)
          expect(res.data).toContain('<redoc spec-url="/api/v1/openapi.json"')
          expect(res.data).toContain('<script src="/api/v1/docs/redoc.standalone.js"></script>')
          // nothing from another host: no absolute URLs, and the CSP allows only this origin
          expect(res.data).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i)
          const csp = String(res.headers["content-security-policy"])
          expect(csp).toContain("script-src 'self'")
          expect(csp).toContain("connect-src 'self'")
          expect(csp).not.toMatch(/https?:|\*/)
        }
      })

      it("serves the pinned Redoc bundle from node_modules", async () => {
        const res = await http.get("/api/v1/docs/redoc.standalone.js", { responseType: "text" })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^text\/javascript/)
        const bundle = fs.readFileSync(require.resolve("redoc/bundles/redoc.standalone.js", { paths: [path.join(PLUGINS_DIR, "api-v1")] }), "utf8")
        expect(res.data.length).toBe(bundle.length)
        expect(res.data).toContain("Redoc")
        const pkg = JSON.parse(
          fs.readFileSync(require.resolve("redoc/package.json", { paths: [path.join(PLUGINS_DIR, "api-v1")] }), "utf8")
        )
        expect(pkg.version).toBe("2.5.2")
      })
    })
  },
})
