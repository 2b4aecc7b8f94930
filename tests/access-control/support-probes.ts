import type { ListProbe, PreparedProbe, ProbeContext, ResourceProbe } from "./types"

const SECRET_MESSAGE = "My door code is 4711, please leave the parcel inside."

async function openOwnerRequest(ctx: ProbeContext, subject: string): Promise<string> {
  const res = await ctx.client.store("post", "/store/support-requests", {
    token: ctx.owner.token,
    body: { subject, category: "order_problem", message: SECRET_MESSAGE, order_id: ctx.ownerOrder.id },
  })
  if (res.status !== 200) throw new Error(`could not open the owner's support request: ${res.status}`)
  return res.data.support_request.id
}

function supportProbe(name: string, request: (id: string) => PreparedProbe["request"]): ResourceProbe {
  return {
    name,
    ownerStatus: 200,
    prepare: async (ctx) => {
      const id = await openOwnerRequest(ctx, `Probe ${name}`)
      return { request: request(id), secrets: [SECRET_MESSAGE, ctx.owner.email] }
    },
  }
}

/** Support requests (@shop/support). */
export const supportProbes: ResourceProbe[] = [
  supportProbe("GET /store/support-requests/:id", (id) => ({ method: "get", path: `/store/support-requests/${id}` })),
  supportProbe("POST /store/support-requests/:id/messages", (id) => ({
    method: "post",
    path: `/store/support-requests/${id}/messages`,
    body: { message: "A stranger's reply" },
  })),
  supportProbe("POST /store/support-requests/:id/close", (id) => ({ method: "post", path: `/store/support-requests/${id}/close` })),
]

export const supportListProbes: ListProbe[] = [
  {
    name: "GET /store/support-requests",
    path: "/store/support-requests",
    anonymousStatus: 401,
    secrets: (ctx) => [SECRET_MESSAGE, ctx.owner.email, ctx.ownerOrder.id],
    ownerSees: (ctx) => ctx.owner.email,
  },
]
