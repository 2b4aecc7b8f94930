import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "../../../../lib/like"
import type { AdminSearchCustomerProfilesType } from "../validators"

type ProfileRow = {
  id: string
  username: string
  title: string | null
  birthday: string | null
  customer?: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

/** GET /admin/customer-accounts/profiles — customers found by (part of) their username. */
export async function GET(req: MedusaRequest<unknown, AdminSearchCustomerProfilesType>, res: MedusaResponse): Promise<void> {
  const { q, limit, offset } = req.validatedQuery as AdminSearchCustomerProfilesType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_profile",
    fields: ["id", "username", "title", "birthday", "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    filters: q ? { username_normalized: { $ilike: `%${escapeLike(q.toLowerCase())}%` } } : {},
    pagination: { skip: offset, take: limit, order: { username_normalized: "ASC" } },
  })
  res.json({ profiles: data as ProfileRow[], count: metadata?.count ?? data.length, limit, offset })
}
