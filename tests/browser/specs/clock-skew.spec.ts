import { expect, test } from "../fixtures"
import { checkoutUpToPayment } from "../flows"

// The stack's second storefront (setup/stack.mjs): same build and backend,
// but its wall clock runs 10 minutes ahead of its monotonic clock (what an
// NTP step does after a virtual machine resumes; it reproduces a CI failure). Next 16
// stamps cache entries and tag invalidations with the one and judges them
// with the other, so such a storefront showed the cart from before each
// change (checkout never got past the address step) and catalogue pages
// from before an order. src/instrumentation.ts aligns the two clocks and
// carts are read fresh; this keeps it that way.
test.use({ baseURL: process.env.E2E_CLOCK_AHEAD_STOREFRONT_URL })

const PRODUCT = "Pain au Chocolat (2 Pack)"

test("with the storefront's wall clock ahead, cart changes show at once, checkout goes through, stock badges follow", async ({
  shop,
}) => {
  // the listing is cached now (its stock badge too)
  await shop.catalogue.open("?q=pain%20au%20chocolat")
  await expect(shop.catalogue.card(PRODUCT).getByTestId("stock-badge")).toHaveText("Only 2 left")

  await shop.catalogue.openProduct(PRODUCT)
  await shop.product.addToCart(1)
  await expect(shop.product.cartCount()).toHaveText("1")
  await shop.cart.open()
  await shop.cart.increase(PRODUCT)
  await expect(shop.cart.cartCount()).toHaveText("2")
  await checkoutUpToPayment(shop)
  await expect(shop.page.getByTestId("checkout-address-summary")).toContainText("Hauptstraße 5")
  await shop.checkout.pay({ number: "4242 4242 4242 4242" })
  await shop.confirmation.expectConfirmed()
  await expect(shop.home.cartCount()).toHaveText("0")

  // placing the order invalidated the cached listing
  await shop.catalogue.open("?q=pain%20au%20chocolat")
  await expect(shop.catalogue.card(PRODUCT).getByTestId("stock-badge")).toHaveText("Sold out")
})
