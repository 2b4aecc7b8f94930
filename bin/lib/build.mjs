// Builds the store plugins, then the app, each only when its inputs changed.
// Medusa loads a plugin only from its built .medusa/server and skips an
// unbuilt one silently, so plugins always build first and the app's stamp
// includes the plugins' stamps (their admin extensions are bundled into the
// app's admin build).
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { APP_BUILD_DIR, MEDUSA_CLI, ROOT, UPLOAD_DIR } from "./paths.mjs"

const STAMP = ".source-hash"
const IGNORED = new Set(["node_modules", ".medusa", ".git", ".data", "static", "coverage", "__tests__", "integration-tests"])

function hashTree(hash, dir) {
  if (!fs.existsSync(dir)) return
  const stat = fs.statSync(dir)
  if (stat.isFile()) {
    hash.update(path.relative(ROOT, dir))
    hash.update(fs.readFileSync(dir))
    return
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.has(entry.name)) continue
    hashTree(hash, path.join(dir, entry.name))
  }
}

function digest(paths, extra = []) {
  const hash = crypto.createHash("sha256")
  for (const p of paths) hashTree(hash, p)
  for (const e of extra) hash.update(e)
  return hash.digest("hex")
}

/**
 * The workspace plugins (plugins/<name> with a package.json), ordered so a
 * plugin comes after the @shop/* plugins it depends on (e.g. @shop/api-v1).
 */
export function listPlugins() {
  const dir = path.join(ROOT, "plugins")
  if (!fs.existsSync(dir)) return []
  const plugins = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "package.json")))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, e.name, "package.json"), "utf8"))
      const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies })
      return { name: e.name, pkgName: pkg.name, dir: path.join(dir, e.name), deps }
    })
  const byPkg = new Map(plugins.map((p) => [p.pkgName, p]))
  const ordered = []
  const state = new Map()
  const visit = (plugin, trail) => {
    if (state.get(plugin.name) === "done") return
    if (state.get(plugin.name) === "visiting") {
      throw new Error(`plugins depend on each other in a cycle: ${[...trail, plugin.name].join(" → ")}`)
    }
    state.set(plugin.name, "visiting")
    for (const dep of plugin.deps) if (byPkg.has(dep)) visit(byPkg.get(dep), [...trail, plugin.name])
    state.set(plugin.name, "done")
    ordered.push(plugin)
  }
  for (const plugin of plugins) visit(plugin, [])
  return ordered
}

function readStamp(outDir) {
  try {
    return fs.readFileSync(path.join(outDir, STAMP), "utf8").trim()
  } catch {
    return null
  }
}

export function run(args, { cwd, env, quiet = true, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    child.stdout?.on("data", (d) => (output += d))
    child.stderr?.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output)
      else reject(Object.assign(new Error(`${label ?? args.join(" ")} failed (${signal ?? `exit ${code}`})\n${output.trim().split("\n").slice(-40).join("\n")}`), { output }))
    })
  })
}

/**
 * Medusa records module migrations by name in one shared table, so two
 * plugins with a migration of the same name would silently skip the second.
 */
export function assertUniqueMigrationNames(plugins = listPlugins()) {
  const seen = new Map()
  for (const plugin of plugins) {
    const modules = path.join(plugin.dir, "src", "modules")
    if (!fs.existsSync(modules)) continue
    for (const mod of fs.readdirSync(modules)) {
      const dir = path.join(modules, mod, "migrations")
      if (!fs.existsSync(dir)) continue
      for (const file of fs.readdirSync(dir).filter((f) => /^Migration.*\.ts$/.test(f))) {
        const where = path.relative(ROOT, path.join(dir, file))
        if (seen.has(file)) {
          throw new Error(`Two migrations share the name ${file} (${seen.get(file)} and ${where}); Medusa would run only one. Rename one (file and class).`)
        }
        seen.set(file, where)
      }
    }
  }
}

/** Builds each plugin whose sources changed. Returns the names it built. */
export async function buildPlugins({ force = false, onBuild = () => undefined } = {}) {
  assertUniqueMigrationNames()
  const built = []
  for (const plugin of listPlugins()) {
    const outDir = path.join(plugin.dir, ".medusa", "server")
    const hash = digest([path.join(plugin.dir, "src"), path.join(plugin.dir, "package.json"), path.join(plugin.dir, "tsconfig.json")])
    if (!force && readStamp(outDir) === hash && fs.existsSync(path.join(outDir, "src"))) continue
    onBuild(plugin.name)
    // plugin:build exits 1 when its admin bundle fails, which it always does for a
    // plugin without src/admin: judge the output instead of the exit code.
    const output = await run([MEDUSA_CLI, "plugin:build"], { cwd: plugin.dir, label: `plugin:build ${plugin.name}` }).catch(
      (error) => error.output ?? Promise.reject(error)
    )
    // plugin:build reports some failures only in its output. It always bundles
    // admin extensions, which fails harmlessly for a plugin without src/admin.
    const hasAdmin = fs.existsSync(path.join(plugin.dir, "src", "admin"))
    const adminFailed = /admin extensions build failed/i.test(output)
    const serverFailed = /plugin build failed|completed with errors|failed to compile|error TS\d+/i.test(output)
    if ((adminFailed && hasAdmin) || serverFailed || !fs.existsSync(path.join(outDir, "src"))) {
      throw new Error(`Building plugin ${plugin.name} failed:\n${output.trim().split("\n").slice(-40).join("\n")}`)
    }
    fs.writeFileSync(path.join(outDir, STAMP), hash)
    built.push(plugin.name)
  }
  return built
}

function appHash() {
  const pluginStamps = listPlugins().map((p) => `${p.name}:${readStamp(path.join(p.dir, ".medusa", "server"))}`)
  return digest(
    [path.join(ROOT, "src"), path.join(ROOT, "medusa-config.ts"), path.join(ROOT, "package.json"), path.join(ROOT, "tsconfig.json")],
    [...pluginStamps, process.env.MEDUSA_ADMIN_BACKEND_URL ?? "", process.env.DISABLE_ADMIN ?? ""]
  )
}

/** Builds the app (server + admin) into .medusa/server when its inputs changed. */
export async function buildApp({ force = false, env = {} } = {}) {
  const hash = appHash()
  if (!force && readStamp(APP_BUILD_DIR) === hash && fs.existsSync(path.join(APP_BUILD_DIR, "medusa-config.js"))) {
    linkUploads()
    return false
  }
  await run([MEDUSA_CLI, "build"], { cwd: ROOT, env, label: "medusa build" })
  if (!fs.existsSync(path.join(APP_BUILD_DIR, "medusa-config.js"))) {
    throw new Error("medusa build finished without producing .medusa/server/medusa-config.js")
  }
  fs.writeFileSync(path.join(APP_BUILD_DIR, STAMP), hash)
  linkUploads()
  return true
}

/**
 * Medusa serves /static from the folder it runs in, and `medusa build` wipes
 * that folder: uploads live in <root>/static and .medusa/server/static links there.
 */
function linkUploads() {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true })
  const link = path.join(APP_BUILD_DIR, "static")
  try {
    if (fs.readlinkSync(link) === UPLOAD_DIR) return
  } catch {
    // missing or not a link
  }
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(UPLOAD_DIR, link, "dir")
}
