import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ANY_STATUS } from "../../../tests/helpers/http"
import type { Db, HttpClient, HttpResponse, RequestConfig } from "../../../tests/helpers/http"

/** The contract's registration example. */
export const MAX = {
  username: "maxm",
  first_name: "Max",
  last_name: "Mustermann",
  password: "maxpw2024!",
  email: "max.mustermann@email.com",
  address: "Musterstr. 13, 10000 Musterstadt",
  phone: "+4014516266",
  title: "Mr.",
  birthday: "1990-01-01",
}

let counter = 0

/** A valid registration body with a username and email no other test uses. */
export function newCustomer(overrides: Record<string, unknown> = {}) {
  counter += 1
  const tag = `${Date.now().toString(36)}${counter}`
  return { ...MAX, username: `user_${tag}`, email: `user.${tag}@example.com`, ...overrides }
}

/** A client address of its own, so per-IP limits of one test do not touch another (Medusa trusts one proxy hop). */
export function clientIpHeaders(): Record<string, string> {
  counter += 1
  return { "x-forwarded-for": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` }
}

/** Requests from a client address of their own (clientIpHeaders), answering with any status. */
export function client(http: HttpClient) {
  const config = (headers: Record<string, string> = {}): RequestConfig => ({
    headers: { ...clientIpHeaders(), ...headers },
    ...ANY_STATUS,
    // Strings go out as they are (malformed JSON tests); objects as JSON.
    transformRequest: [(body: unknown) => (typeof body === "string" || body === undefined ? body : JSON.stringify(body))],
    maxBodyLength: Infinity,
    maxContentLength: Infinity,
  })
  return {
    get: (url: string, headers?: Record<string, string>) => http.get(url, config(headers)),
    post: (url: string, data?: unknown, headers?: Record<string, string>) =>
      http.post(url, data, config({ "content-type": "application/json", ...headers })),
    postRaw: (url: string, data: string, headers: Record<string, string>) => http.post(url, data, config(headers)),
    delete: (url: string, headers?: Record<string, string>) => http.delete(url, config(headers)),
  }
}

export type Client = ReturnType<typeof client>

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** "connect.sid=…" from a response's Set-Cookie, for the Cookie header of the next request. */
export function sessionCookie(res: HttpResponse): string {
  const raw = res.headers["set-cookie"]
  const cookies = Array.isArray(raw) ? raw : raw ? [raw] : []
  const session = cookies.find((c) => c.startsWith("connect.sid="))
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`)
  return session.split(";")[0]
}

export async function register(http: Client, body = newCustomer()) {
  const res = await http.post("/api/v1/customer/registration/", body)
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${JSON.stringify(res.data)}`)
  return { body, res }
}

export async function login(http: Client, loginName: string, password: string, headers?: Record<string, string>) {
  return http.post("/api/v1/customer/login/", { login: loginName, password }, headers)
}

/** Rows that registration writes, counted: a failed request must leave these unchanged. */
export async function accountTableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of ["customer", "customer_address", "customer_profile", "auth_identity", "provider_identity"]) {
    const { rows } = await db.raw<{ n: number }>(`select count(*)::int as n from "${table}"`)
    counts[table] = rows[0].n
  }
  return counts
}

/** Collects the events of one name emitted on Medusa's event bus from now on. */
export function captureEvents(container: MedusaContainer, eventName: string) {
  const received: { name: string; data: Record<string, unknown> }[] = []
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const subscriber = async (event: { name: string; data: Record<string, unknown> }) => {
    received.push(event)
  }
  eventBus.subscribe(eventName, subscriber, { subscriberId: `test-${eventName}-${Date.now()}-${Math.random()}` })
  return {
    received,
    async waitFor(count: number, timeoutMs = 5000) {
      const started = Date.now()
      while (received.length < count && Date.now() - started < timeoutMs) {
        await new Promise((r) => setTimeout(r, 50))
      }
      return received
    },
  }
}

/** A publishable key for Medusa's /store routes (suites that do not run the seed). */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const key = await container
    .resolve(Modules.API_KEY)
    .createApiKeys({ title: "test storefront", type: "publishable", created_by: "test" })
  return key.token
}

/**
 * A customer as Medusa's own sign-up (POST /auth/customer/emailpass/register +
 * POST /store/customers) made them before those routes were closed: through
 * the same auth module call and core workflow, for accounts that still exist.
 * Without `customer`, only the emailpass identity.
 */
export async function signUpTheMedusaWay(
  container: MedusaContainer,
  email: string,
  password: string,
  customer?: { first_name: string; last_name: string }
): Promise<string> {
  const { success, authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) throw new Error(`emailpass sign-up failed: ${error}`)
  if (customer) {
    await createCustomerAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, customerData: { email, ...customer } } })
  }
  return authIdentity.id
}
