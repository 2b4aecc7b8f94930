import crypto from "crypto"
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { adminSessionCookie, SEEDED_ADMIN, whoAmI } from "../helpers/admin-session"
import { Shopper, TEST_CARDS } from "../helpers/checkout"
import { fetchClient } from "../helpers/fetch-client"
import type { InboxMessage } from "../helpers/test-inbox"
import { assertRedis, dropRedisNamespace, freePort, ROOT, tail } from "../scale/servers"
import { logFile, runToEnd, startEntrypoint, stop } from "./processes"
import type { Proc } from "./processes"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDevInbox } = require("../../bin/lib/dev-inbox.cjs")

jest.setTimeout(600000)

/**
 * npm run test:deploy: the production path of deploy/README.md on this
 * machine, without containers: the production build, `backend-entrypoint.sh
 * migrate` (twice: the seed is idempotent) on a fresh database of the
 * machine's PostgreSQL, two `server` processes and one `worker` on Redis, the
 * standalone storefront through `storefront-entrypoint.sh`. Then what a
 * deployment must do: serve the shop, take an order whose mail and invoice the
 * worker produces, keep an admin session across servers, and survive a
 * rolling restart under traffic.
 */
const PG_ADMIN_URL = process.env.DEPLOY_PG_URL || "postgres://postgres@127.0.0.1:5432/postgres"
const REDIS_URL = process.env.DEPLOY_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379/5"
const STANDALONE_DIST = ".next-standalone"

type Inbox = { messages: InboxMessage[]; waitFor: (p: (m: InboxMessage) => boolean, ms: number) => Promise<InboxMessage>; stop: () => Promise<void>; smtpUrl: string }

describe("the production deploy scripts", () => {
  const name = `shop_deploy_${Date.now()}`
  const databaseUrl = (() => {
    const url = new URL(PG_ADMIN_URL)
    url.pathname = `/${name}`
    return url.toString()
  })()
  const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shop-deploy-key-")), "publishable-key")
  const admin = new Client({ connectionString: PG_ADMIN_URL })
  let db: Client | null = null
  let inbox: Inbox | null = null
  let env: NodeJS.ProcessEnv = {}
  let a: Proc
  let b: Proc
  let worker: Proc | undefined
  let storefront: Proc | undefined
  let publishableKey = ""
  const started: Proc[] = []

  const rowCounts = async () => {
    const { rows } = await db!.query(
      `select (select count(*)::int from product) as products, (select count(*)::int from product_variant) as variants,
              (select count(*)::int from price) as prices, (select count(*)::int from region) as regions,
              (select count(*)::int from api_key) as api_keys, (select count(*)::int from "user") as users,
              (select count(*)::int from shipping_option) as shipping_options, (select count(*)::int from image) as images`
    )
    return rows[0]
  }

  beforeAll(async () => {
    await assertRedis(REDIS_URL)
    const buildEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
    // The production build (each part skipped when its sources are unchanged).
    await runToEnd(process.execPath, [path.join(ROOT, "bin", "build.mjs")], buildEnv, "build")
    await runToEnd(process.execPath, [path.join(ROOT, "deploy", "storefront-standalone.mjs")], { ...buildEnv, NEXT_DIST_DIR: STANDALONE_DIST }, "build-storefront")

    await admin.connect()
    await admin.query(`create database "${name}"`)
    db = new Client({ connectionString: databaseUrl })
    await db.connect()
    inbox = (await startDevInbox({ smtpPort: await freePort(), webPort: 0, fallback: false })) as Inbox

    const [portA, portB, portWorker, portStorefront] = [await freePort(), await freePort(), await freePort(), await freePort()]
    const secret = () => crypto.randomBytes(32).toString("hex")
    // The storefront signs each shopper's address with it, the backend checks it (the same value for both).
    const clientAddressSecret = secret()
    const backendUrl = `http://127.0.0.1:${portA}`
    const storefrontUrl = `http://127.0.0.1:${portStorefront}`
    // Only what .env.template documents, as an operator would set it.
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_NAMESPACE: name,
      JWT_SECRET: secret(),
      COOKIE_SECRET: secret(),
      CLIENT_ADDRESS_SECRET: clientAddressSecret,
      COOKIE_SECURE: "false",
      HOST: "127.0.0.1",
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      SMTP_URL: inbox.smtpUrl,
      SMTP_FROM: "Medusa Shop <shop@deploy.test>",
      PUBLISHABLE_KEY_FILE: keyFile,
      LOG_LEVEL: "warn",
    }

    await runToEnd("sh", [path.join(ROOT, "deploy", "backend-entrypoint.sh"), "migrate"], env, "migrate-1")
    const afterFirst = await rowCounts()
    await runToEnd("sh", [path.join(ROOT, "deploy", "backend-entrypoint.sh"), "migrate"], env, "migrate-2")
    expect(await rowCounts()).toEqual(afterFirst)
    expect(afterFirst.products).toBeGreaterThan(50)
    publishableKey = fs.readFileSync(keyFile, "utf8").trim()
    expect(publishableKey).toMatch(/^pk_/)

    const backend = (role: string, port: number) =>
      startEntrypoint("backend-entrypoint.sh", [role], { ...env, PORT: String(port) }, { name: `${role}-${port}`, port, healthPath: "/health" })
    ;[a, b, worker] = await Promise.all([backend("server", portA), backend("server", portB), backend("worker", portWorker)])
    started.push(a, b, worker)
    // The product index fills itself on its first read after the seed (as npm start does it).
    await Promise.all([a, b].map((s) => fetch(`${s.url}/api/v1/product/?limit=1`)))

    const standaloneDir = path.join(ROOT, "storefront", STANDALONE_DIST, "standalone")
    // Next's data cache from an earlier run would answer from another database.
    fs.rmSync(path.join(standaloneDir, STANDALONE_DIST, "cache"), { recursive: true, force: true })
    storefront = await startEntrypoint(
      "storefront-entrypoint.sh",
      [],
      {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY_FILE: keyFile,
        STOREFRONT_URL: storefrontUrl,
        STOREFRONT_HOST: "127.0.0.1",
        PORT: String(portStorefront),
        STANDALONE_DIR: standaloneDir,
        CLIENT_ADDRESS_SECRET: clientAddressSecret,
      },
      { name: "storefront", port: portStorefront, healthPath: "/robots.txt", timeoutMs: 60000 }
    )
    started.push(storefront)
  })

  afterAll(async () => {
    await Promise.all(started.map((p) => stop(p)))
    await inbox?.stop()
    await db?.end()
    await dropRedisNamespace(REDIS_URL, name).catch(() => undefined)
    await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined)
    await admin.end().catch(() => undefined)
    fs.rmSync(path.dirname(keyFile), { recursive: true, force: true })
  })

  afterEach(() => {
    const state = expect.getState()
    if (state.assertionCalls !== state.numPassingAsserts) {
      for (const p of started) console.warn(`--- ${p.name} (${p.logFile})\n${tail(p.logFile, 60)}`)
      console.warn(`--- migrate (${logFile("migrate-2")})\n${tail(logFile("migrate-2"), 20)}`)
    }
  })

  it("the standalone storefront answers its home page with the seeded products", async () => {
    const res = await fetch(`${storefront!.url}/`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect((html.match(/data-testid="product-card"/g) ?? []).length).toBeGreaterThan(0)
  })

  it("a checkout on the servers: the worker mails the confirmation with the invoice PDF", async () => {
    const onA = fetchClient(a.url)
    const onB = fetchClient(b.url)
    const regions = await onA.get("/store/regions", { headers: { "x-publishable-api-key": publishableKey } })
    const region = (regions.data as { regions: { id: string; name: string }[] }).regions.find((r) => r.name === "Europe")
    const products = await onB.get("/store/products?handle=waxy-potatoes&fields=*variants", { headers: { "x-publishable-api-key": publishableKey } })
    const variantId = (products.data as { products: { variants: { id: string }[] }[] }).products[0].variants[0].id
    // The cart is filled on one server and completed on the other, as behind a load balancer.
    const shopper = new Shopper(onA, publishableKey)
    await shopper.fillCart(region!.id, variantId)
    await shopper.payWithCard(TEST_CARDS.authorized)
    const onBShopper = new Shopper(onB, publishableKey, shopper.email)
    onBShopper.cartId = shopper.cartId
    const completed = await onBShopper.complete()
    expect(completed.status).toBe(200)
    expect(completed.data.type).toBe("order")

    const mail = await inbox!.waitFor((m) => m.to.includes(shopper.email) && m.attachments.length > 0, 120000)
    const { rows } = await db!.query(`select number from invoice where order_id = $1`, [completed.data.order.id])
    expect(rows).toHaveLength(1)
    expect(mail.attachments.map((x) => [x.filename, x.content.subarray(0, 5).toString()])).toEqual([[`${rows[0].number}.pdf`, "%PDF-"]])
  })

  it("an admin logged in on either server is logged in on the other", async () => {
    const fromA = await adminSessionCookie(a.url)
    const fromB = await adminSessionCookie(b.url)
    expect(await whoAmI(b.url, fromA)).toEqual({ status: 200, email: SEEDED_ADMIN.email })
    expect(await whoAmI(a.url, fromB)).toEqual({ status: 200, email: SEEDED_ADMIN.email })
  })

  it("a rolling restart of one server under traffic fails no request beyond one retry", async () => {
    const headers = { "x-publishable-api-key": publishableKey }
    const failures: string[] = []
    let requests = 0
    let retried = 0
    let running = true
    const servers = [a, b]
    // A load balancer's behaviour: a request that finds its server gone (connection refused or reset) is sent once more, to the other.
    const request = async (i: number) => {
      const paths = ["/store/products?limit=2", "/store/regions", "/health"]
      const pathname = paths[i % paths.length]
      const first = servers[i % 2]
      requests++
      try {
        const res = await fetch(`${first.url}${pathname}`, { headers })
        if (res.status !== 200) failures.push(`${first.name} ${pathname} → ${res.status}`)
        await res.arrayBuffer()
      } catch {
        retried++
        const other = servers[(i + 1) % 2]
        try {
          const res = await fetch(`${other.url}${pathname}`, { headers })
          if (res.status !== 200) failures.push(`${other.name} ${pathname} (retry) → ${res.status}`)
          await res.arrayBuffer()
        } catch (error) {
          failures.push(`${pathname}: ${(error as Error).message} on both servers`)
        }
      }
    }
    const traffic = (async () => {
      for (let i = 0; running; i++) {
        await Promise.all([request(2 * i), request(2 * i + 1)])
        await new Promise((r) => setTimeout(r, 20))
      }
    })()

    await new Promise((r) => setTimeout(r, 1000))
    const before = requests
    await stop(a)
    const restarted = await startEntrypoint("backend-entrypoint.sh", ["server"], { ...env, PORT: String(a.port) }, { name: "server-restarted", port: a.port, healthPath: "/health" })
    started.push(restarted)
    servers[0] = restarted
    await new Promise((r) => setTimeout(r, 2000))
    running = false
    await traffic

    expect(failures).toEqual([])
    expect(retried).toBeGreaterThan(0)
    expect(requests - before).toBeGreaterThan(20)
    // The restarted server serves again, with the sessions kept in Redis.
    expect((await fetch(`${restarted.url}/store/regions`, { headers })).status).toBe(200)
  })
})
