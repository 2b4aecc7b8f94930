import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, validateEmail } from "@medusajs/framework/utils"
import { select } from "./db"

export type CartCustomerRef = { id: string; email: string | null; has_account: boolean }

async function byEmail(knex: Knex, email: string, guestOnly: boolean): Promise<CartCustomerRef | null> {
  const [row] = await select<CartCustomerRef>(
    knex,
    `select id, email, has_account from customer
      where email = ? and deleted_at is null and (not ?::boolean or has_account = false)
      order by id limit 1`,
    [email, guestOnly]
  )
  return row ?? null
}

/**
 * The customer a cart belongs to, as Medusa's find-or-create-customer step
 * decides it: the signed-in customer (whose account email wins), else the
 * guest customer of the email, created on first use.
 */
export async function findOrCreateCartCustomer(
  container: MedusaContainer,
  knex: Knex,
  original: CartCustomerRef | null,
  email: string | null | undefined
): Promise<CartCustomerRef | null> {
  if (!email) return original
  const validated = validateEmail(email)
  let customer = original ?? (await byEmail(knex, validated, false))
  if (customer?.has_account) return customer
  if (customer && customer.email !== validated) customer = await byEmail(knex, validated, true)
  if (!customer) {
    const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const created = await customers.createCustomers({ email: validated })
    customer = { id: created.id, email: created.email, has_account: created.has_account }
  }
  return customer
}
