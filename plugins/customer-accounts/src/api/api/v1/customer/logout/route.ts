import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import { z } from "@medusajs/framework/zod"
import { endCustomerSession } from "../../../../../lib/auth-session"
import { revokePresentedToken } from "../../../../../lib/revocation"

defineApiV1Operation({
  method: "post",
  path: "/api/v1/customer/logout/",
  summary: "Log out",
  description:
    "Ends the session and clears the session cookie; a bearer token sent with the request is revoked " +
    "(refused on every route from then on, by every server process).",
  tags: ["customer"],
  responses: {
    200: { description: "Logged out (also when there was no session)", schema: z.object({ success: z.boolean() }), example: { success: true } },
  },
})

/** POST /api/v1/customer/logout/ */
export async function POST(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  await revokePresentedToken(req)
  await endCustomerSession(req, res)
  res.status(200).json({ success: true })
}
