import { expect, test } from "../fixtures"
import { addToCart, checkoutUpToPayment } from "../flows"

test("each declined card says why and keeps the cart; then a good card pays", async ({ shop }) => {
  await addToCart(shop, "Salzstangen", 2)
  await checkoutUpToPayment(shop)

  const declines: [string, RegExp][] = [
    ["4000000000000002", /declined/i],
    ["4000000000009995", /insufficient funds/i],
    ["4000000000000069", /expired/i],
    ["4000000000000127", /security code|cvc/i],
    ["4000000000000119", /could not be processed|processing/i],
  ]
  for (const [number, message] of declines) {
    await shop.checkout.pay({ number })
    await expect(shop.checkout.paymentError()).toHaveText(message)
    await expect(shop.page).toHaveURL(/\/checkout/)
  }
  await shop.screenshot("payment-declined")

  // The cart is untouched by the declines.
  await shop.cart.open()
  await expect(shop.cart.quantityOf("Salzstangen")).toHaveText("2")
  await shop.cart.checkout()
  await shop.checkout.pay({ number: "4242 4242 4242 4242" })
  await shop.confirmation.expectConfirmed()
  await expect(shop.home.cartCount()).toHaveText("0")
})

test("the card form checks the number, expiry and CVC before paying", async ({ shop }) => {
  await addToCart(shop, "Cucumber")
  await checkoutUpToPayment(shop)
  await shop.checkout.pay({ number: "4242 4242 4242 4241", expiry: "01/20", cvc: "12" })
  await expect(shop.page.getByTestId("field-error-card_number")).toHaveText("Enter a valid card number.")
  await expect(shop.page.getByTestId("field-error-card_expiry")).toHaveText("This card has expired.")
  await expect(shop.page.getByTestId("field-error-card_cvc")).toBeVisible()
})

test("3-D Secure: the shopper approves the challenge and the order is placed", async ({ shop, page }) => {
  await addToCart(shop, "Spaghetti No. 5", 3)
  await checkoutUpToPayment(shop)
  await shop.checkout.pay({ number: "4000002760003184" })
  await expect(shop.checkout.threeDSecure()).toBeVisible()
  const challenge = page.frameLocator('[data-testid="three-ds-frame"]')
  await expect(challenge.getByRole("button", { name: /approve|authori[sz]e|confirm/i })).toBeVisible()
  await shop.screenshot("three-d-secure")
  await challenge.getByRole("button", { name: /approve|authori[sz]e|confirm/i }).click()
  await page.getByTestId("three-ds-complete").click()
  await shop.confirmation.expectConfirmed()
})
