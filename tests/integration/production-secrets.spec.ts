import { spawn } from "child_process"
import net from "net"
import path from "path"
import { checkSecrets } from "../../src/config/env"

const ROOT = path.resolve(__dirname, "..", "..")
const CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** Runs `medusa start` in production mode with the given secrets; resolves with its exit code and output. */
function startInProduction(secrets: Record<string, string | undefined>, port: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@127.0.0.1:${process.env.DB_PORT}/postgres`,
  }
  delete env.JWT_SECRET
  delete env.COOKIE_SECRET
  for (const [key, value] of Object.entries(secrets)) {
    if (value !== undefined) env[key] = value
  }
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, "start"], { cwd: ROOT, env })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), 60000)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe("the app in production mode", () => {
  jest.setTimeout(90000)

  it.each([
    ["missing secrets", {}, /JWT_SECRET is not set[\s\S]*COOKIE_SECRET is not set/],
    ["Medusa's default secret", { JWT_SECRET: "supersecret", COOKIE_SECRET: "supersecret" }, /well-known default/],
    ["short secrets", { JWT_SECRET: "abc123", COOKIE_SECRET: "x".repeat(12) }, /shorter than 32/],
  ])("refuses to start with %s", async (_label, secrets, message) => {
    const port = await freePort()
    const { code, output } = await startInProduction(secrets, port)
    expect(code).not.toBe(0)
    expect(output).toMatch(/Refusing to start in NODE_ENV=production/)
    expect(output).toMatch(message)
    expect(await isListening(port)).toBe(false)
  })

  it("accepts strong secrets and only checks outside development and test", () => {
    const strong = { JWT_SECRET: "a".repeat(16) + "b".repeat(16) + "c", COOKIE_SECRET: "0123456789abcdef".repeat(3) }
    expect(checkSecrets({ NODE_ENV: "production", ...strong })).toEqual([])
    expect(checkSecrets({ NODE_ENV: "staging" })).toHaveLength(2)
    expect(checkSecrets({ NODE_ENV: "development" })).toEqual([])
    expect(checkSecrets({ NODE_ENV: "test" })).toEqual([])
  })
})
