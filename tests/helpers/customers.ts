/**
 * Store customers registered the way a storefront does it, with Medusa's
 * emailpass provider.
 */
import { ANY_STATUS, expectStatus } from "./http"
import type { ShopClient } from "./store-fixtures"

export type Customer = { id: string; email: string; password: string; token: string }

export type CustomerDetails = { email: string; password: string; first_name: string; last_name: string }

let customerCounter = 0

/**
 * Registers a customer through /auth/customer/emailpass/register + POST
 * /store/customers and logs in. Without details, the email is made unique
 * from `name`, which is also the first name.
 */
export async function registerCustomer(client: ShopClient, name = "customer", details: Partial<CustomerDetails> = {}): Promise<Customer> {
  customerCounter += 1
  const email = details.email ?? `${name}-${customerCounter}-${Date.now()}@example.test`
  const password = details.password ?? "customer-pass-2026"
  const http = client.shop.http
  const registration = await http.post("/auth/customer/emailpass/register", { email, password }, ANY_STATUS)
  expectStatus(registration, 200, "register identity")
  const created = await client.store("post", "/store/customers", {
    token: registration.data.token,
    body: { email, first_name: details.first_name ?? name, last_name: details.last_name ?? "Tester" },
  })
  expectStatus(created, 200, "create customer")
  const login = await http.post("/auth/customer/emailpass", { email, password }, ANY_STATUS)
  expectStatus(login, 200, "customer login")
  return { id: created.data.customer.id, email, password, token: login.data.token }
}
