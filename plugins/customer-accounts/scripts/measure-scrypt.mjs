#!/usr/bin/env node
// Measures what a password check costs at each scrypt cost, to choose the
// emailpass hashConfig (medusa-config.ts, AUTH_SCRYPT_LOG_N).
//
//   node plugins/customer-accounts/scripts/measure-scrypt.mjs [--runs 21] [--logN 15,16,17]
//       scrypt-kdf verify p50/p90 in this process, per cost (what one login spends hashing)
//   node plugins/customer-accounts/scripts/measure-scrypt.mjs --url http://127.0.0.1:9000 [--runs 21]
//       login p50/p90 over HTTP against a running store (npm start), end to end: it registers
//       a throw-away customer and logs in --runs times. The server hashes with its
//       AUTH_SCRYPT_LOG_N; start it once per cost to compare.
import crypto from "node:crypto"
import { createRequire } from "node:module"
import os from "node:os"
import { parseArgs } from "node:util"

const require = createRequire(import.meta.url)
const Scrypt = require("scrypt-kdf")

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "21" },
    logN: { type: "string", default: "15,16,17" },
    url: { type: "string" },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 3) throw new Error("--runs must be an integer ≥ 3")

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6
const fmt = (n) => `${n.toFixed(0).padStart(5)} ms`

async function measureScrypt() {
  console.log(
    `scrypt-kdf verify, r=8 p=1, ${runs} runs each, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), ` +
      `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`
  )
  for (const logN of values.logN.split(",").map(Number)) {
    const key = await Scrypt.kdf("correct horse battery staple", { logN, r: 8, p: 1 })
    await Scrypt.verify(key, "warm-up")
    const samples = []
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint()
      await Scrypt.verify(key, `attempt-${i}`)
      samples.push(ms(start))
    }
    const memory = (128 * 8 * 2 ** logN) / 2 ** 20
    console.log(`  N=2^${logN}  p50 ${fmt(percentile(samples, 50))}  p90 ${fmt(percentile(samples, 90))}  (${memory} MiB per check)`)
  }
}

async function measureLogin(base) {
  const tag = crypto.randomBytes(4).toString("hex")
  const customer = {
    username: `measure_${tag}`,
    first_name: "Measure",
    last_name: "Scrypt",
    password: `measure-${tag}-pw`,
    email: `measure.${tag}@example.com`,
    address: "Messweg 1, 10115 Berlin",
    phone: "+49 30 1234567",
  }
  const post = (path, body) =>
    fetch(new URL(path, base), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  const registered = await post("/api/v1/customer/registration/", customer)
  if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${await registered.text()}`)

  const login = async (password) => {
    const start = process.hrtime.bigint()
    const res = await post("/api/v1/customer/login/", { login: customer.username, password })
    await res.arrayBuffer()
    return { status: res.status, ms: ms(start) }
  }
  await login(customer.password) // warm-up
  const ok = []
  for (let i = 0; i < runs; i++) {
    const r = await login(customer.password)
    if (r.status !== 200) throw new Error(`login answered ${r.status}`)
    ok.push(r.ms)
  }
  // A few wrong passwords and unknown logins. They count towards the limit of
  // 10 failures per client IP in 15 minutes: a third run within 15 minutes is throttled.
  const wrong = []
  const unknown = []
  const statuses = new Set()
  for (let i = 0; i < 4; i++) {
    const w = await login(`wrong-${i}`)
    const start = process.hrtime.bigint()
    const u = await post("/api/v1/customer/login/", { login: `nobody_${tag}_${i}`, password: "x" })
    await u.arrayBuffer()
    unknown.push(ms(start))
    wrong.push(w.ms)
    statuses.add(w.status).add(u.status)
  }
  if ([...statuses].some((s) => s !== 401)) {
    console.warn(`  (failed logins answered ${[...statuses].join(", ")}: rate-limited, their timings are not comparable)`)
  }
  console.log(`login over HTTP at ${base}, ${runs} runs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
  console.log(`  success         p50 ${fmt(percentile(ok, 50))}  p90 ${fmt(percentile(ok, 90))}`)
  console.log(`  wrong password  p50 ${fmt(percentile(wrong, 50))}`)
  console.log(`  unknown login   p50 ${fmt(percentile(unknown, 50))}`)
}

if (values.url) await measureLogin(values.url)
else await measureScrypt()
