import type { ListProbe, ResourceProbe } from "./types"

/** Orders (Medusa's own routes, closed by @shop/order-tracking) and their tracking. */
export const orderProbes: ResourceProbe[] = [
  {
    name: "GET /store/orders/:id",
    ownerStatus: 200,
    prepare: async (ctx) => ({
      request: { method: "get", path: `/store/orders/${ctx.ownerOrder.id}` },
      secrets: [ctx.owner.email, "Musterstraße"],
    }),
  },
  {
    name: "GET /store/orders/:id/tracking",
    ownerStatus: 200,
    prepare: async (ctx) => ({
      request: { method: "get", path: `/store/orders/${ctx.ownerOrder.id}/tracking` },
      secrets: [ctx.ownerTrackingNumber],
    }),
  },
  {
    // Medusa creates the return for anyone knowing the order id; the owner's
    // made-up return here is refused by Medusa's own checks, so no ownerStatus.
    name: "POST /store/returns",
    prepare: async (ctx) => ({
      request: {
        method: "post",
        path: "/store/returns",
        body: { order_id: ctx.ownerOrder.id, items: [{ id: "ordli_probe", quantity: 1 }], return_shipping: { option_id: "so_probe" } },
      },
      secrets: [ctx.owner.email],
    }),
  },
]

export const orderListProbes: ListProbe[] = [
  {
    name: "GET /store/orders",
    path: "/store/orders",
    anonymousStatus: 401,
    secrets: (ctx) => [ctx.ownerOrder.id, ctx.owner.email],
    ownerSees: (ctx) => ctx.ownerOrder.id,
  },
]
