import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listCustomerInsights } from "../../../../lib/insights-read-model"
import { sortOf } from "./validators"
import type { AdminGetCustomerInsightsParamsType } from "./validators"

/** Decimal digits of a currency's minor unit (EUR 2, JPY 0), as Intl knows them. */
function currencyDigits(code: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * GET /admin/insights/customers — one page of customers with their order,
 * engagement, review and support figures and RFM segment (one SQL statement).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerInsightsParamsType>, res: MedusaResponse) {
  const { order, ...filters } = req.validatedQuery
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const store = req.scope.resolve(Modules.STORE)
  const [current] = await store.listStores({}, { relations: ["supported_currencies"] })
  const currency = current?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? "eur"
  const { customers, count } = await listCustomerInsights(pg, {
    ...filters,
    order: sortOf(order).column,
    direction: sortOf(order).direction,
    currency_code: currency,
    currency_digits: currencyDigits(currency),
  })
  res.json({ customers, count, offset: filters.offset, limit: filters.limit, currency_code: currency })
}
