import type { AdditionalData, CreateCartDTO, HttpTypes, ICartModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules, isDefined } from "@medusajs/framework/utils"
import { addressData } from "../lib/address"
import { AUTOMATIC_PROMOTIONS_SQL } from "../lib/cart-state"
import { findOrCreateCartCustomer, type CartCustomerRef } from "../lib/customers"
import { database, select } from "../lib/db"
import { CART_CREATED, emitCartEvent, handOver, type LeanOutcome } from "../lib/lean-path"

export type CreateCartRequest = HttpTypes.StoreCreateCart & AdditionalData

type CartDefaults = {
  automatic_promotions: boolean
  default_sales_channel_id: string | null
  default_region_id: string | null
  /** The requested sales channel, else the store's default. */
  channel: { id: string; is_disabled: boolean } | null
  /** The requested region, else the store's default. */
  region: { id: string; currency_code: string; countries: string[] } | null
}

/**
 * What a new cart starts from, in one statement: the store-wide automatic
 * promotions flag, the store's defaults, and the sales channel and region the
 * cart gets. Parameters: whether a sales channel was given, that channel, the
 * requested region.
 */
const CART_DEFAULTS_SQL = `
with store_defaults as (
  select default_sales_channel_id, default_region_id from store where deleted_at is null order by id limit 1
), wanted as (
  select case when ?::boolean then ?::text else (select default_sales_channel_id from store_defaults) end as channel_id,
         coalesce(?::text, (select default_region_id from store_defaults)) as region_id
)
select ${AUTOMATIC_PROMOTIONS_SQL} as automatic_promotions,
  (select default_sales_channel_id from store_defaults) as default_sales_channel_id,
  (select default_region_id from store_defaults) as default_region_id,
  (select json_build_object('id', sc.id, 'is_disabled', sc.is_disabled)
     from sales_channel sc, wanted w where sc.id = w.channel_id and sc.deleted_at is null) as channel,
  (select json_build_object('id', r.id, 'currency_code', r.currency_code,
      'countries', coalesce((select json_agg(rc.iso_2 order by rc.iso_2) from region_country rc
                             where rc.region_id = r.id and rc.deleted_at is null), '[]'::json))
     from region r, wanted w where r.id = w.region_id and r.deleted_at is null) as region`

export type CreatedCart = LeanOutcome & { cart_id?: string }

/**
 * POST /store/carts without items, leanly: what Medusa's create-cart does
 * for an empty cart (sales channel from the request or the store, region from
 * the request or the store, the signed-in or guest customer, the only country
 * of a one-country region as shipping country, cart.created). Medusa then
 * computes taxes, promotions and the payment collection of a cart that has
 * nothing in it; with no automatic promotion that is a no-op. Items, promotion
 * codes, a locale or hook data go to Medusa's workflow.
 */
export async function createCartLean(
  container: MedusaContainer,
  request: CreateCartRequest,
  customerId: string | undefined
): Promise<CreatedCart> {
  if (request.items?.length) return handOver("items")
  if (request.promo_codes?.length) return handOver("promotion codes")
  if (isDefined(request.locale)) return handOver("locale")
  if (request.additional_data !== undefined) return handOver("additional data for hooks")
  if (typeof request.shipping_address === "string" || typeof request.billing_address === "string") {
    return handOver("address by id")
  }
  const knex = database(container)
  const channelGiven = request.sales_channel_id !== undefined
  const [defaults] = await select<CartDefaults>(knex, CART_DEFAULTS_SQL, [
    channelGiven,
    request.sales_channel_id ?? null,
    request.region_id ?? null,
  ])
  if (defaults.automatic_promotions) return handOver("automatic promotions")

  const salesChannelId = channelGiven ? request.sales_channel_id : defaults.default_sales_channel_id
  if (!salesChannelId) return handOver("no sales channel")
  const channel = defaults.channel
  if (!channel || channel.is_disabled) return handOver("sales channel missing or disabled")

  const regionId = request.region_id ?? defaults.default_region_id
  if (!regionId) return handOver("no region")
  const region = defaults.region
  if (!region) return handOver("region missing")
  if (request.currency_code && request.currency_code.toLowerCase() !== region.currency_code.toLowerCase()) {
    return handOver("currency differs from the region's")
  }

  let signedIn: CartCustomerRef | null = null
  if (customerId) {
    ;[signedIn = null] = await select<CartCustomerRef>(
      knex,
      `select id, email, has_account from customer where id = ? and deleted_at is null`,
      [customerId]
    )
    if (!signedIn) return handOver("customer missing")
  }
  const customer = await findOrCreateCartCustomer(container, knex, signedIn, request.email)

  const data: CreateCartDTO = {
    region_id: region.id,
    currency_code: request.currency_code ?? region.currency_code,
    sales_channel_id: channel.id,
    email: request.email ?? customer?.email ?? undefined,
    customer_id: customer?.id,
    metadata: request.metadata ?? undefined,
  }
  if (request.shipping_address) data.shipping_address = addressData(request.shipping_address)
  else if (region.countries.length === 1) data.shipping_address = { country_code: region.countries[0] }
  if (request.billing_address) data.billing_address = addressData(request.billing_address)

  const cartModule: ICartModuleService = container.resolve(Modules.CART)
  const cart = await cartModule.createCarts(data)
  await emitCartEvent(container, CART_CREATED, cart.id)
  return { done: true, cart_id: cart.id }
}
