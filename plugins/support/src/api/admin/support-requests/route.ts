import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SupportRequestRecord } from "../../../lib/serialize"
import { toAdminSupportRequest } from "../../../lib/serialize"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { AdminGetSupportRequestsParamsType } from "../../validators"

/**
 * GET /admin/support-requests — the Support inbox: newest first, filtered by
 * status, order or customer, each with the merchant's unread count, plus the
 * unread total over all requests.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetSupportRequestsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetSupportRequestsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "support_request",
    fields: [...req.queryConfig.fields, "order.id", "order.display_id"],
    filters: {
      ...(params.status?.length ? { status: params.status } : {}),
      ...(params.order_id ? { order_id: params.order_id } : {}),
      ...(params.customer_id ? { customer_id: params.customer_id } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC" } },
  })

  const service: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const unread = await service.listSupportRequests(
    { merchant_unread_count: { $gt: 0 } },
    { select: ["id", "merchant_unread_count"] }
  )

  res.json({
    support_requests: (data as SupportRequestRecord[]).map((r) => toAdminSupportRequest(r, false)),
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
    unread_total: unread.reduce((sum, r) => sum + r.merchant_unread_count, 0),
  })
}
