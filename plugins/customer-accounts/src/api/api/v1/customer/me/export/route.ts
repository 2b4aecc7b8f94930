import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { sendError } from "@shop/api-v1/lib/errors"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import { customerIdOf } from "../../../../../../lib/auth-session"
import { readCustomerAccount } from "../../../../../../lib/customer-account"
import { collectContributedSections } from "../../../../../../lib/personal-data"
import { sendUnexpected } from "../../../../../../lib/respond"
import { CUSTOMER_ID_EXAMPLE, UNAUTHORIZED_EXAMPLE } from "../../examples"
import { ApiV1Error } from "../../validators"

export const EXPORT_FORMAT = "shop.customer-data/1"

defineApiV1Operation({
  method: "get",
  path: "/api/v1/customer/me/export/",
  summary: "Export all personal data of the logged-in customer (GDPR)",
  description:
    "One JSON document: the customer with profile, all addresses, and one key per data section " +
    "(\"orders\" here; other plugins add theirs, e.g. reviews, wishlist, views, tickets).",
  tags: ["customer"],
  auth: "customer",
  responses: {
    200: {
      description: "The export (also offered as a file download)",
      schema: z.looseObject({
        format: z.literal(EXPORT_FORMAT),
        exported_at: z.string(),
        customer: z.looseObject({ id: z.string(), email: z.string() }),
        addresses: z.array(z.looseObject({})),
        orders: z.array(z.looseObject({})),
      }),
      example: {
        format: EXPORT_FORMAT,
        exported_at: "2026-12-01T12:00:00.000Z",
        customer: {
          id: CUSTOMER_ID_EXAMPLE,
          username: "maxm",
          first_name: "Max",
          last_name: "Mustermann",
          email: "max.mustermann@email.com",
          phone: "+4014516266",
          title: "Mr.",
          birthday: "1990-01-01",
          created_at: "2026-11-30T09:00:00.000Z",
        },
        addresses: [{ address_1: "Musterstr. 13", postal_code: "10000", city: "Musterstadt", country_code: null }],
        orders: [],
      },
    },
    401: { description: "Not logged in as a customer", schema: ApiV1Error, example: UNAUTHORIZED_EXAMPLE },
  },
})

/** GET /api/v1/customer/me/export/ */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const customerId = customerIdOf(req)
  const account = await readCustomerAccount(req.scope, customerId)
  if (!account) {
    return sendError(res, 401, "Unauthorized")
  }
  let sections: Record<string, unknown>
  try {
    sections = await collectContributedSections(req.scope, customerId)
  } catch (error) {
    return sendUnexpected(req, res, error, "data export")
  }
  const { profile, addresses, ...customer } = account
  res.setHeader("Content-Disposition", `attachment; filename="customer-data-${customerId}.json"`)
  res.setHeader("Cache-Control", "no-store")
  res.json({
    format: EXPORT_FORMAT,
    exported_at: new Date().toISOString(),
    customer: {
      ...customer,
      username: profile?.username ?? null,
      title: profile?.title ?? null,
      birthday: profile?.birthday ?? null,
    },
    addresses,
    ...sections,
  })
}
