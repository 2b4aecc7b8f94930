import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recommendationsService } from "../../../../../lib/service"
import type { AdminGetCustomerRecommendationsParamsType } from "../../../../validators"

/** GET /admin/recommendations/customers/:id — what "for you" shows this customer now. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit } = req.validatedQuery as AdminGetCustomerRecommendationsParamsType
  const id = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${id} was not found`)
  }
  const result = await recommendationsService(req.scope).forActor(`customer:${id}`, limit)
  res.json({ customer_id: id, personalized: result.personalized, products: result.products })
}
