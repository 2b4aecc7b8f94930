import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { getProfile, getStoreCustomer } from "@/lib/data/customer"
import { listPaymentProviders } from "@/lib/data/payment"
import { getDefaultRegion } from "@/lib/data/regions"
import { CARD_PROVIDER_ID, SYSTEM_PROVIDER_ID } from "@/lib/util/payment"
import type { CheckoutStepId } from "@/modules/checkout/templates/checkout-template"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "Checkout" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function CheckoutPage({ searchParams }: { searchParams: SearchParams }) {
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) redirect("/cart")

  const [region, customer, profile] = await Promise.all([getDefaultRegion(), getStoreCustomer(), getProfile()])
  const addressDone = !!(cart.email && cart.shipping_address?.address_1 && cart.shipping_address.country_code)
  const deliveryDone = addressDone && !!cart.shipping_methods?.length
  const requested = (await searchParams).step
  // A step can be opened only once the steps before it are done.
  const step: CheckoutStepId =
    requested === "address"
      ? "address"
      : requested === "delivery" && addressDone
        ? "delivery"
        : !addressDone
          ? "address"
          : !deliveryDone || requested === "delivery"
            ? "delivery"
            : "payment"

  const [shippingOptions, providers] = await Promise.all([
    step === "delivery" ? listShippingOptions(cart.id) : Promise.resolve([]),
    step === "payment" ? listPaymentProviders(cart.region_id ?? region.id) : Promise.resolve([]),
  ])

  const saved = customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0]
  const countries = (region.countries ?? [])
    .map((c) => ({ iso_2: c.iso_2 ?? "", name: c.display_name ?? c.name ?? c.iso_2 ?? "" }))
    .filter((c) => c.iso_2)
    .sort((a, b) => a.name.localeCompare(b.name))
  const fallbackCountry = countries.some((c) => c.iso_2 === "de") ? "de" : (countries[0]?.iso_2 ?? "")
  const current = cart.shipping_address
  const address = {
    email: cart.email ?? customer?.email ?? profile?.email ?? "",
    first_name: current?.first_name ?? saved?.first_name ?? customer?.first_name ?? "",
    last_name: current?.last_name ?? saved?.last_name ?? customer?.last_name ?? "",
    address_1: current?.address_1 ?? saved?.address_1 ?? "",
    postal_code: current?.postal_code ?? saved?.postal_code ?? "",
    city: current?.city ?? saved?.city ?? "",
    country_code: current?.country_code ?? saved?.country_code ?? fallbackCountry,
    phone: current?.phone ?? saved?.phone ?? customer?.phone ?? profile?.phone ?? "",
  }

  return (
    <CheckoutTemplate
      cart={cart}
      step={step}
      address={address}
      countries={countries}
      shippingOptions={shippingOptions
        .map((o) => ({ id: o.id, name: o.name, amount: Number(o.amount ?? 0), description: o.type?.description ?? null }))
        .sort((a, b) => a.amount - b.amount)}
      payment={providers.includes(CARD_PROVIDER_ID) ? "card" : providers.includes(SYSTEM_PROVIDER_ID) ? "test" : "none"}
    />
  )
}
