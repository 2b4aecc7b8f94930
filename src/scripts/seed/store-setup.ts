import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { minorToMajor } from "./catalogue"

export const STORE_NAME = "Medusa Shop"
export const REGION_NAME = "Europe"
export const SALES_CHANNEL_NAME = "Webshop"
export const PUBLISHABLE_KEY_TITLE = "Webshop"
export const STOCK_LOCATION_NAME = "Main Warehouse"
const FULFILLMENT_SET_NAME = "Main Warehouse shipping"

/** Medusa's always-registered provider ("pay on invoice") and the mock card processor (plugins/payment-mock). */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
export const MOCK_CARD_PAYMENT_PROVIDER_ID = "pp_mock-card_mock-card"

/** Standard VAT per country, in percent. */
export const VAT_RATES: Record<string, number> = {
  de: 19,
  at: 20,
  fr: 20,
  nl: 21,
  it: 22,
  es: 21,
  be: 21,
  lu: 17,
  pt: 23,
  ie: 23,
  fi: 25.5,
  dk: 25,
  se: 25,
  pl: 23,
}
export const COUNTRIES = Object.keys(VAT_RATES)

/**
 * Whether the region's prices include VAT (Medusa's tax-inclusive price
 * preference): gross prices for consumers unless SHOP_PRICES_INCLUDE_VAT is
 * "false" (net prices, e.g. a B2B shop). Unset, a seed run creates the region
 * with gross prices and leaves an existing region's choice alone; set, it
 * brings the region to that choice.
 */
export function pricesIncludeVat(env: NodeJS.ProcessEnv = process.env): { value: boolean; explicit: boolean } {
  const raw = env.SHOP_PRICES_INCLUDE_VAT?.trim().toLowerCase()
  if (!raw) return { value: true, explicit: false }
  if (["false", "0", "no", "net"].includes(raw)) return { value: false, explicit: true }
  if (["true", "1", "yes", "gross"].includes(raw)) return { value: true, explicit: true }
  throw new Error(`SHOP_PRICES_INCLUDE_VAT must be "true" (gross prices) or "false" (net prices), not "${env.SHOP_PRICES_INCLUDE_VAT}"`)
}

export const SHIPPING_OPTIONS = [
  { name: "Standard", code: "standard", description: "Delivered in 2–4 working days.", price_minor: 490 },
  { name: "Express", code: "express", description: "Delivered the next working day.", price_minor: 990 },
]

export type StoreSetup = {
  storeId: string
  regionId: string
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

export async function seedStoreSetup(container: MedusaContainer): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Sales channel: the store's default one (Medusa creates it on first boot)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = store.default_sales_channel_id
    ? await salesChannelModule.listSalesChannels({ id: store.default_sales_channel_id })
    : await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "The online store" }] },
    })
    salesChannel = result[0]
    logger.info(`Created sales channel ${SALES_CHANNEL_NAME}`)
  }

  // Region with its countries and tax regions; the payment providers this
  // configuration registers (a config without the mock processor still seeds).
  const paymentModule = container.resolve(Modules.PAYMENT)
  const registeredProviders = await paymentModule.listPaymentProviders({
    id: [SYSTEM_PAYMENT_PROVIDER_ID, MOCK_CARD_PAYMENT_PROVIDER_ID],
  })
  const paymentProviders = [SYSTEM_PAYMENT_PROVIDER_ID, MOCK_CARD_PAYMENT_PROVIDER_ID].filter((id) =>
    registeredProviders.some((p) => p.id === id)
  )
  const taxInclusive = pricesIncludeVat()
  const regionModule = container.resolve(Modules.REGION)
  let [region] = await regionModule.listRegions({ name: REGION_NAME })
  const regionIsNew = !region
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "eur",
            countries: COUNTRIES,
            automatic_taxes: true,
            is_tax_inclusive: taxInclusive.value,
            payment_providers: paymentProviders,
          },
        ],
      },
    })
    region = result[0]
    logger.info(`Created region ${REGION_NAME}`)
  } else {
    // An existing region gains a provider it lacks; the merchant's own choices stay.
    const { data: regionProviders } = await query.graph({
      entity: "region",
      fields: ["id", "payment_providers.id"],
      filters: { id: region.id },
    })
    const enabled = (regionProviders[0]?.payment_providers ?? []).flatMap((p) => (p?.id ? [p.id] : []))
    const missingProviders = paymentProviders.filter((id) => !enabled.includes(id))
    if (missingProviders.length) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...enabled, ...missingProviders] } },
      })
      logger.info(`Enabled payment providers ${missingProviders.join(", ")} in region ${REGION_NAME}`)
    }
    if (taxInclusive.explicit) {
      const pricing = container.resolve(Modules.PRICING)
      const [preference] = await pricing.listPricePreferences({ attribute: "region_id", value: region.id })
      if ((preference?.is_tax_inclusive ?? false) !== taxInclusive.value) {
        await updateRegionsWorkflow(container).run({
          input: { selector: { id: region.id }, update: { is_tax_inclusive: taxInclusive.value } },
        })
        logger.info(`Region ${REGION_NAME}: prices now ${taxInclusive.value ? "include" : "exclude"} VAT`)
      }
    }
  }

  const taxModule = container.resolve(Modules.TAX)
  const taxRegions = await taxModule.listTaxRegions({ country_code: COUNTRIES })
  const taxed = new Set(taxRegions.filter((t) => !t.parent_id).map((t) => t.country_code))
  const missingTax = COUNTRIES.filter((c) => !taxed.has(c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: {
          rate: VAT_RATES[country_code],
          code: `${country_code.toUpperCase()}-VAT`,
          name: `${country_code.toUpperCase()} VAT`,
        },
      })),
    })
    logger.info(`Created tax regions for ${missingTax.join(", ")}`)
  }

  // Stock location, served by the manual fulfillment provider
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockLocationModule.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { address_1: "Lagerstraße 1", city: "Berlin", postal_code: "10115", country_code: "DE" },
          },
        ],
      },
    })
    location = result[0]
    logger.info(`Created stock location ${STOCK_LOCATION_NAME}`)
  }

  const { data: locationLinks } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { id: location.id },
  })
  const linked = locationLinks[0]
  if (!linked?.sales_channels?.some((sc) => sc?.id === salesChannel.id)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }
  if (!linked?.fulfillment_providers?.some((fp) => fp?.id === "manual_manual")) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  // Shipping profile, fulfillment set with a European service zone, options
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [
        {
          name: REGION_NAME,
          geo_zones: COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    })
  }
  if (!linked?.fulfillment_sets?.some((fs) => fs?.id === fulfillmentSet.id)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }

  const serviceZoneId = fulfillmentSet.service_zones[0].id
  const existingOptions = await fulfillmentModule.listShippingOptions({
    service_zone: { id: serviceZoneId },
  })
  const optionNames = new Set(existingOptions.map((o) => o.name))
  const missingOptions = SHIPPING_OPTIONS.filter((o) => !optionNames.has(o.name))
  if (missingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missingOptions.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.description, code: option.code },
        prices: [
          // Shipping option prices are typed as numbers; a decimal string parsed
          // once is exact for Medusa's BigNumber (4.9 → "4.9").
          { currency_code: "eur", amount: Number(minorToMajor(option.price_minor)) },
          { region_id: region.id, amount: Number(minorToMajor(option.price_minor)) },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
    logger.info(`Created shipping options ${missingOptions.map((o) => o.name).join(", ")}`)
  }

  // Publishable API key for the storefront, scoped to the webshop channel
  const apiKeyModule = container.resolve(Modules.API_KEY)
  let [apiKey] = (await apiKeyModule.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })).filter(
    (k) => !k.revoked_at
  )
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    apiKey = result[0]
    logger.info("Created the publishable API key")
  }
  const { data: keyLinks } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: apiKey.id },
  })
  if (!keyLinks[0]?.sales_channels?.some((sc) => sc?.id === salesChannel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }

  // Store defaults: filled in where unset, never overriding the merchant's choices
  const update: Record<string, unknown> = {}
  if (store.name === "Medusa Store") update.name = STORE_NAME
  if (store.default_sales_channel_id !== salesChannel.id && !store.default_sales_channel_id) {
    update.default_sales_channel_id = salesChannel.id
  }
  if (!store.default_region_id) update.default_region_id = region.id
  if (!store.default_location_id) update.default_location_id = location.id
  if (!store.supported_currencies?.some((c) => c.currency_code === "eur")) {
    update.supported_currencies = [
      ...(store.supported_currencies ?? []).map((c) => ({ currency_code: c.currency_code, is_default: false })),
      { currency_code: "eur", is_default: true },
    ]
  }
  if (Object.keys(update).length) {
    await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update } })
  }

  // Tax-inclusive prices: the region's preference decides for prices with a
  // region rule (shipping), the currency's for the rest (product prices), so
  // both follow SHOP_PRICES_INCLUDE_VAT, through the store's currency settings
  // as the admin sets them.
  if (regionIsNew || taxInclusive.explicit) {
    const pricing = container.resolve(Modules.PRICING)
    const [current] = await storeModule.listStores({ id: store.id }, { relations: ["supported_currencies"] })
    const codes = (current.supported_currencies ?? []).map((c) => c.currency_code)
    const preferences = await pricing.listPricePreferences({ attribute: "currency_code", value: codes })
    const inclusive = (code: string) => preferences.find((p) => p.value === code)?.is_tax_inclusive ?? false
    if (codes.includes("eur") && inclusive("eur") !== taxInclusive.value) {
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: store.id },
          update: {
            supported_currencies: (current.supported_currencies ?? []).map((c) => ({
              currency_code: c.currency_code,
              is_default: c.is_default,
              is_tax_inclusive: c.currency_code === "eur" ? taxInclusive.value : inclusive(c.currency_code),
            })),
          },
        },
      })
    }
  }

  return {
    storeId: store.id,
    regionId: region.id,
    salesChannelId: salesChannel.id,
    stockLocationId: location.id,
    shippingProfileId: profile.id,
    publishableKey: apiKey.token,
  }
}
