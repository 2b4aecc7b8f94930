import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SupportRequestRecord } from "./serialize"
import { MESSAGE_FIELDS, REQUEST_FIELDS } from "./serialize"
import { supportRequestNotFound } from "./store-access"

const ADMIN_EXTRA_FIELDS = [
  "order.id",
  "order.display_id",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

/** One request with its thread (and, for the admin, its order and customer); 404 when missing. */
export async function readSupportRequest(
  scope: MedusaContainer,
  id: string,
  options: { admin?: boolean } = {}
): Promise<SupportRequestRecord> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "support_request",
    fields: [...REQUEST_FIELDS, ...MESSAGE_FIELDS, ...(options.admin ? ADMIN_EXTRA_FIELDS : [])],
    filters: { id },
  })
  const request = data[0] as SupportRequestRecord | undefined
  if (!request) {
    throw supportRequestNotFound(id)
  }
  return request
}
