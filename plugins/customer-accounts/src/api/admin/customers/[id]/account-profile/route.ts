import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { conflictMessage } from "../../../../../lib/conflicts"
import { readCustomerAccount } from "../../../../../lib/customer-account"
import { updateCustomerAccountWorkflow } from "../../../../../workflows/update-customer-account"
import type { AdminUpdateCustomerProfileType } from "../../../customer-accounts/validators"

async function profileOf(req: MedusaRequest, customerId: string) {
  const account = await readCustomerAccount(req.scope, customerId)
  if (!account) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  return account.profile
}

/** GET /admin/customers/:id/account-profile — username, title, birthday (profile null when there is none). */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ profile: await profileOf(req, req.params.id) })
}

/** POST /admin/customers/:id/account-profile — the merchant edits username, title, birthday. */
export async function POST(req: MedusaRequest<AdminUpdateCustomerProfileType>, res: MedusaResponse): Promise<void> {
  const customerId = req.params.id
  const current = await profileOf(req, customerId)
  const body = req.validatedBody
  if (!current && !body.username) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "username is required to create the customer's profile")
  }
  try {
    await updateCustomerAccountWorkflow(req.scope).run({
      input: { customer_id: customerId, profile: { username: body.username, title: body.title, birthday: body.birthday } },
    })
  } catch (error) {
    const conflict = conflictMessage(error)
    if (conflict) {
      res.status(409).json({ type: "conflict", message: conflict })
      return
    }
    throw error
  }
  res.json({ profile: await profileOf(req, customerId) })
}
