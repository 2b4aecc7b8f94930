import { productByHandle } from "../helpers/store-fixtures"
import type { ListProbe, PreparedProbe, ProbeContext, ResourceProbe } from "./types"

/**
 * Wishlist, viewed products and purchase history (@shop/engagement). The
 * owner consents to tracking, views a product and wishlists two; strangers
 * must not see or change any of it.
 */

type OwnerEngagement = { viewedProductId: string; wishlisted: string[]; cartId: string }
let prepared: Promise<OwnerEngagement> | undefined

async function productId(ctx: ProbeContext, handle: string): Promise<string> {
  return (await productByHandle(ctx.client, handle)).id
}

function ownerEngagement(ctx: ProbeContext): Promise<OwnerEngagement> {
  prepared ??= (async () => {
    const token = ctx.owner.token
    const consent = await ctx.client.store("post", "/store/engagement/consent", { token, body: { granted: true } })
    if (consent.status !== 200) throw new Error(`owner consent: ${consent.status}`)
    const viewedProductId = await productId(ctx, "golden-kiwi")
    const view = await ctx.client.store("post", "/store/engagement/views", { token, body: { product_id: viewedProductId } })
    if (view.data?.recorded !== true) throw new Error(`owner view not recorded: ${JSON.stringify(view.data)}`)
    const wishlisted = [await productId(ctx, "clementines"), await productId(ctx, "valencia-oranges")]
    for (const id of wishlisted) {
      const res = await ctx.client.store("post", "/store/wishlist", { token, body: { product_id: id } })
      if (res.status !== 201) throw new Error(`owner wishlist add: ${res.status}`)
    }
    const cart = await ctx.client.store("post", "/store/carts", { token, body: { region_id: ctx.client.shop.regionId } })
    return { viewedProductId, wishlisted, cartId: cart.data.cart.id }
  })()
  return prepared
}

// The list probes read what the resource probes prepared.
let ownerState: OwnerEngagement | undefined
const state = (): OwnerEngagement => {
  if (!ownerState) throw new Error("engagement probes were not prepared")
  return ownerState
}

function wishlistProbe(name: string, request: (owner: OwnerEngagement) => PreparedProbe["request"]): ResourceProbe {
  return {
    name,
    // No ownerStatus: the owner's own request would take the entry off the
    // wishlist before the stranger tries it (the plugin's own suite checks the
    // owner's 200).
    prepare: async (ctx) => {
      const owner = await ownerEngagement(ctx)
      ownerState = owner
      return { request: request(owner), secrets: [ctx.owner.email, owner.cartId] }
    },
  }
}

export const engagementProbes: ResourceProbe[] = [
  wishlistProbe("DELETE /store/wishlist/:product_id", (o) => ({ method: "delete", path: `/store/wishlist/${o.wishlisted[0]}` })),
  wishlistProbe("POST /store/wishlist/:product_id/move-to-cart", (o) => ({
    method: "post",
    path: `/store/wishlist/${o.wishlisted[1]}/move-to-cart`,
    body: { cart_id: o.cartId },
  })),
]

export const engagementListProbes: ListProbe[] = [
  {
    name: "GET /store/wishlist",
    path: "/store/wishlist",
    anonymousStatus: 401,
    secrets: () => state().wishlisted,
    ownerSees: () => state().wishlisted[0],
  },
  {
    // Recently viewed is always the caller's own: anonymous callers get an empty list, not a refusal.
    name: "GET /store/engagement/views",
    path: "/store/engagement/views",
    anonymousStatus: 200,
    secrets: () => [state().viewedProductId],
    ownerSees: () => state().viewedProductId,
  },
  {
    name: "GET /store/customers/me/purchases",
    path: "/store/customers/me/purchases",
    anonymousStatus: 401,
    secrets: (ctx) => [ctx.ownerOrder.id],
    ownerSees: (ctx) => ctx.ownerOrder.id,
  },
]
