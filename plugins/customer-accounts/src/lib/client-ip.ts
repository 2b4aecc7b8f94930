import crypto from "crypto"
import { BlockList, isIP } from "net"

/**
 * Who the client is, for every per-client limit (login, registration,
 * password reset, support requests). Two sources are believed, nothing else:
 *
 * 1. `X-Shop-Client-Address: <address>;<unix ms>;<hmac>` from the storefront's
 *    server, signed with CLIENT_ADDRESS_SECRET (HMAC-SHA256 over
 *    "<address>;<unix ms>", at most 60 s old). Only a holder of the secret can
 *    name another client.
 * 2. Otherwise the TCP peer, walking back through `X-Forwarded-For` only while
 *    the hop that added an entry is one of TRUSTED_PROXIES (comma-separated
 *    addresses, CIDR ranges, or "loopback"; default: none). So a client that
 *    sends its own X-Forwarded-For is still counted by its own address.
 *
 * Medusa's Express app keeps `trust proxy = 1` for its own purposes; the
 * limits never read `req.ip`.
 */
export const CLIENT_ADDRESS_HEADER = "x-shop-client-address"
const SIGNATURE_MAX_AGE_MS = 60_000

type RequestLike = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }

export function signClientAddress(address: string, secret: string, now = Date.now()): string {
  const payload = `${address};${now}`
  return `${payload};${crypto.createHmac("sha256", secret).update(payload).digest("hex")}`
}

/** The address a valid, fresh signed header names; null for anything else. */
export function verifyClientAddress(value: string, secret: string, now = Date.now()): string | null {
  const [address, issuedAt, signature, ...rest] = value.split(";")
  if (rest.length || !address || !issuedAt || !signature || !isIP(address)) return null
  const age = now - Number(issuedAt)
  if (!Number.isFinite(age) || age < -SIGNATURE_MAX_AGE_MS || age > SIGNATURE_MAX_AGE_MS) return null
  const expected = crypto.createHmac("sha256", secret).update(`${address};${issuedAt}`).digest()
  const given = Buffer.from(signature, "hex")
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? address : null
}

/** TRUSTED_PROXIES parsed; throws on an entry that is neither an address, a CIDR range nor "loopback". */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList()
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4")
      list.addAddress("::1", "ipv6")
      continue
    }
    const [address, prefix] = entry.split("/")
    const family = isIP(address)
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range or "loopback"`)
    }
    const type = family === 4 ? "ipv4" : "ipv6"
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return list
}

export function assertClientIdentityConfig(env: NodeJS.ProcessEnv): void {
  parseTrustedProxies(env.TRUSTED_PROXIES)
  const secret = env.CLIENT_ADDRESS_SECRET
  if (secret && secret.length < 32) {
    throw new Error("CLIENT_ADDRESS_SECRET must be at least 32 characters (npm start generates one in .data/secrets.json)")
  }
}

function normalize(address: string): string {
  // IPv4 peers on a dual-stack socket appear as ::ffff:a.b.c.d.
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6")
}

let configured: { trusted: BlockList; secret: string | undefined; source: string } | undefined

/** Read once per process from the environment (TRUSTED_PROXIES, CLIENT_ADDRESS_SECRET). */
function configuration() {
  const source = `${process.env.TRUSTED_PROXIES ?? ""}\u0000${process.env.CLIENT_ADDRESS_SECRET ?? ""}`
  if (!configured || configured.source !== source) {
    configured = {
      trusted: parseTrustedProxies(process.env.TRUSTED_PROXIES),
      secret: process.env.CLIENT_ADDRESS_SECRET || undefined,
      source,
    }
  }
  return configured
}

export function clientAddressOf(req: RequestLike): string {
  const { trusted, secret } = configuration()
  const signed = req.headers[CLIENT_ADDRESS_HEADER]
  if (secret && typeof signed === "string") {
    const address = verifyClientAddress(signed, secret)
    if (address) return address
  }
  let address = normalize(req.socket.remoteAddress ?? "unknown")
  const forwarded = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((hop) => normalize(hop.trim()))
    .filter(Boolean)
  // Right to left: each entry was added by the hop before it; believe it only if that hop is trusted.
  while (hops.length && isTrusted(trusted, address)) {
    const previous = hops.pop() as string
    if (!isIP(previous)) break
    address = previous
  }
  return address
}
