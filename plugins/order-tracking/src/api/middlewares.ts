import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import type { MedusaRequest } from "@medusajs/framework/http"
import { requireClaimableOrder, requireOrderAccess } from "../lib/order-access"
import { AdminShipmentAdditionalData } from "./validators"

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const orderIdFromPath = (req: MedusaRequest) => req.params.id
const orderIdFromBody = (req: MedusaRequest) => (req.body as { order_id?: unknown } | undefined)?.order_id

/**
 * Medusa answers these store routes to anyone who knows an order id. They
 * run after Medusa's own middlewares for the same routes and before its
 * handlers: owner or guest proof, otherwise 404.
 */
export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/store/orders/:id",
      middlewares: [optionalCustomer, requireOrderAccess(orderIdFromPath)],
    },
    {
      method: ["GET"],
      matcher: "/store/orders/:id/tracking",
      middlewares: [optionalCustomer, requireOrderAccess(orderIdFromPath)],
    },
    {
      method: ["POST"],
      matcher: "/store/orders/:id/transfer/request",
      middlewares: [requireClaimableOrder()],
    },
    {
      method: ["POST"],
      matcher: "/store/returns",
      middlewares: [optionalCustomer, requireOrderAccess(orderIdFromBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
      additionalDataValidator: AdminShipmentAdditionalData,
    },
  ],
})
