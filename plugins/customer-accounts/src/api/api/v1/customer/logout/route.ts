import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import { z } from "@medusajs/framework/zod"
import { endCustomerSession } from "../../../../../lib/auth-session"

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/logout/",
  summary: "Log out",
  description:
    "Ends the session and clears the session cookie. Bearer tokens are stateless JWTs: a client logs " +
    "out by discarding its token, which expires on its own (Medusa's jwtExpiresIn).",
  tags: ["customer"],
  responses: {
    200: { description: "Logged out (also when there was no session)", schema: z.object({ success: z.boolean() }), example: { success: true } },
  },
})

/** POST /api/v1/customer/logout/ */
export async function POST(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  await endCustomerSession(req, res)
  res.status(200).json({ success: true })
}
