/**
 * Store customers registered the way the storefront does it: api/v1
 * registration (Medusa's own customer sign-up routes are closed, see
 * plugins/customer-accounts/src/lib/doors.ts), then Medusa's emailpass login.
 */
import { ANY_STATUS, expectStatus } from "./http"
import type { ShopClient } from "./store-fixtures"

export type Customer = { id: string; email: string; password: string; token: string }

export type CustomerDetails = { email: string; password: string; first_name: string; last_name: string }

let customerCounter = 0

/**
 * Registers a customer through POST /api/v1/customer/registration/ and logs
 * in with /auth/customer/emailpass. Without details, the email is made unique
 * from `name`, which is also the first name. Each registration comes from a
 * client address of its own, so the per-client registration limit of one
 * suite's many customers is never reached.
 */
export async function registerCustomer(client: ShopClient, name = "customer", details: Partial<CustomerDetails> = {}): Promise<Customer> {
  customerCounter += 1
  const tag = `${customerCounter}-${Date.now().toString(36)}`
  const email = (details.email ?? `${name}-${tag}@example.test`).toLowerCase()
  const password = details.password ?? "customer-pass-2026"
  const http = client.shop.http
  const clientAddress = { "x-forwarded-for": `10.77.${(customerCounter >> 8) & 255}.${customerCounter & 255}` }
  const registration = await http.post(
    "/api/v1/customer/registration/",
    {
      username: `${name.replace(/[^A-Za-z0-9._-]/g, "").slice(0, 12) || "customer"}_${tag}`.slice(0, 30),
      email,
      password,
      first_name: details.first_name ?? name,
      last_name: details.last_name ?? "Tester",
      address: "Teststraße 1, 10115 Berlin",
      phone: "+49 30 1234567",
    },
    { ...ANY_STATUS, headers: clientAddress }
  )
  expectStatus(registration, 201, "register customer")
  const login = await http.post("/auth/customer/emailpass", { email, password }, { ...ANY_STATUS, headers: clientAddress })
  expectStatus(login, 200, "customer login")
  return { id: registration.data.id, email, password, token: login.data.token }
}
