import type { ListProbe, ProbeContext, ResourceProbe } from "./types"

const SECRET_TITLE = "Probe review: my neighbour Hans recommended these"

/** The owner reviews the product of their order (a verified purchase); returns the review id. */
async function ownerReview(ctx: ProbeContext): Promise<string> {
  const mine = await ctx.client.store("get", "/store/customers/me/reviews", { token: ctx.owner.token })
  if (mine.status === 200 && mine.data.reviews[0]) return mine.data.reviews[0].id
  const order = await ctx.client.store("get", `/store/orders/${ctx.ownerOrder.id}?fields=items.product_id`, { token: ctx.owner.token })
  const productId = order.data.order.items[0].product_id
  const res = await ctx.client.store("post", `/store/products/${productId}/reviews`, {
    token: ctx.owner.token,
    body: { rating: 4, title: SECRET_TITLE, body: "Solid." },
  })
  if (res.status !== 201) throw new Error(`could not write the owner's review: ${res.status} ${JSON.stringify(res.data)}`)
  return res.data.review.id
}

/** Reviews (@shop/reviews): only the author edits or deletes; everyone else is told it does not exist. */
export const reviewProbes: ResourceProbe[] = [
  {
    name: "POST /store/reviews/:id",
    ownerStatus: 200,
    prepare: async (ctx) => ({
      request: { method: "post", path: `/store/reviews/${await ownerReview(ctx)}`, body: { title: SECRET_TITLE } },
      secrets: [SECRET_TITLE, ctx.owner.email],
    }),
  },
  {
    // The owner's own DELETE would remove the review the other probes use; the
    // reviews plugin's tests cover the author's delete.
    name: "DELETE /store/reviews/:id",
    prepare: async (ctx) => ({
      request: { method: "delete", path: `/store/reviews/${await ownerReview(ctx)}` },
      secrets: [SECRET_TITLE, ctx.owner.email],
    }),
  },
]

export const reviewListProbes: ListProbe[] = [
  {
    name: "GET /store/customers/me/reviews",
    path: "/store/customers/me/reviews",
    anonymousStatus: 401,
    secrets: () => [SECRET_TITLE],
    ownerSees: () => SECRET_TITLE,
  },
]
