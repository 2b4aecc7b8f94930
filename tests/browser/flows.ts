import { expect } from "@playwright/test"
import type { Shop } from "./fixtures"
import type { CheckoutAddress } from "./pages/checkout-page"

/** Finds a product through the product index search and puts `quantity` of it into the cart. */
export async function addToCart(shop: Shop, name: string, quantity = 1) {
  await shop.catalogue.open(`?q=${encodeURIComponent(name)}`)
  await shop.catalogue.openProduct(name)
  await shop.product.addToCart(quantity)
}

export const GUEST_ADDRESS: CheckoutAddress = {
  email: "guest.shopper@example.test",
  first_name: "Gina",
  last_name: "Gast",
  address_1: "Hauptstraße 5",
  postal_code: "80331",
  city: "München",
  country_code: "de",
  phone: "+49 89 123456",
}

/** Cart → checkout: address and Standard delivery, up to the payment step. */
export async function checkoutUpToPayment(shop: Shop, address: CheckoutAddress | null = GUEST_ADDRESS) {
  await shop.cart.open()
  await shop.cart.checkout()
  if (address) await shop.checkout.fillAddress(address)
  await shop.checkout.submitAddress()
  await shop.checkout.chooseShipping("Standard")
  await expect(shop.checkout.page.getByTestId("card-payment")).toBeVisible()
}
