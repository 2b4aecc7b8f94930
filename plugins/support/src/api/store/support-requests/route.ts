import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerIdOf, findAccessibleOrder, readOrderProof } from "@shop/order-tracking/lib/order-access"
import { guestTokenFor } from "../../../lib/guest-token"
import { hashIp, requesterIp } from "../../../lib/rate-limit"
import { readSupportRequest } from "../../../lib/read"
import type { SupportRequestRecord } from "../../../lib/serialize"
import { toStoreSupportRequest } from "../../../lib/serialize"
import { createSupportRequestWorkflow } from "../../../workflows/create-support-request"
import type { StoreCreateSupportRequestType, StoreGetSupportRequestsParamsType } from "../../validators"

/**
 * POST /store/support-requests — a customer (or a guest with their email)
 * opens a request, optionally about one of their orders. A guest's answer
 * carries `access_token`, the key to read and answer the request later.
 */
export const POST = async (req: MedusaRequest<StoreCreateSupportRequestType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const customerId = customerIdOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  let email: string
  if (customerId) {
    const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
    email = String((data[0] as { email?: string } | undefined)?.email ?? "")
  } else {
    email = body.email ?? ""
  }
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: is required to open a support request as a guest")
  }

  let orderId: string | null = null
  if (body.order_id) {
    const order = await findAccessibleOrder(req.scope, body.order_id, { customerId, proof: readOrderProof(req) })
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `order_id: ${body.order_id} is not one of your orders (a guest also sends the order's email and token)`
      )
    }
    orderId = order.id
  }

  const { result } = await createSupportRequestWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      email,
      order_id: orderId,
      subject: body.subject,
      category: body.category,
      message: body.message,
      requester_ip_hash: customerId ? null : (hashIp(requesterIp(req)) ?? null),
    },
  })
  const request = await readSupportRequest(req.scope, result.id)
  res.status(200).json({
    support_request: toStoreSupportRequest(request, true),
    ...(customerId ? {} : { access_token: guestTokenFor(req.scope, request.id) }),
  })
}

/** GET /store/support-requests — the logged-in customer's requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetSupportRequestsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetSupportRequestsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "support_request",
    fields: req.queryConfig.fields,
    filters: {
      customer_id: req.auth_context.actor_id,
      ...(params.status ? { status: params.status } : {}),
      ...(params.order_id ? { order_id: params.order_id } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC" } },
  })
  res.json({
    support_requests: (data as SupportRequestRecord[]).map((r) => toStoreSupportRequest(r, false)),
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
  })
}
