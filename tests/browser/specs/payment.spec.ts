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
  // Once approved, the checkout places the order by itself (no second click).
  await challenge.getByRole("button", { name: /approve|authori[sz]e|confirm/i }).click()
  await shop.confirmation.expectConfirmed()
})

test("a card error keeps what the shopper typed; number and expiry are formatted as typed", async ({ shop, page }) => {
  await addToCart(shop, "Cucumber")
  await checkoutUpToPayment(shop)
  await shop.checkout.pay({ name: "Gina Gast", number: "4000000000000002", expiry: "1229", cvc: "123" })
  await expect(shop.checkout.paymentError()).toHaveText(/declined/i)
  await expect(shop.checkout.paymentError()).toBeFocused()
  const card = {
    name: page.getByTestId("card-name"),
    number: page.getByTestId("card-number"),
    expiry: page.getByTestId("card-expiry"),
    cvc: page.getByTestId("card-cvc"),
  }
  // Formatted as typed ("1229" is 12/29, accepted), and still there after the decline.
  await expect(card.name).toHaveValue("Gina Gast")
  await expect(card.number).toHaveValue("4000 0000 0000 0002")
  await expect(card.expiry).toHaveValue("12/29")
  await expect(card.cvc).toHaveValue("123")

  // A bad expiry: its field gets the focus and the rest of the card stays.
  await card.expiry.fill("0120")
  await page.getByTestId("card-pay-button").click()
  await expect(page.getByTestId("field-error-card_expiry")).toHaveText("This card has expired.")
  await expect(card.expiry).toBeFocused()
  await expect(card.number).toHaveValue("4000 0000 0000 0002")
  await expect(card.name).toHaveValue("Gina Gast")
  await shop.screenshot("card-error-kept")

  // The summary names the delivery option chosen in the step before.
  await expect(page.getByTestId("checkout-summary").getByTestId("cart-shipping-label")).toHaveText("Shipping (Standard)")

  // The card number never lands in a cookie.
  const cookies = (await page.context().cookies()).map((c) => decodeURIComponent(c.value)).join(" ")
  expect(cookies).not.toMatch(/4000\s?0000\s?0000\s?0002/)

  await card.number.fill("4242424242424242")
  await card.expiry.fill("1234")
  await page.getByTestId("card-pay-button").click()
  await shop.confirmation.expectConfirmed()
})

test("3-D Secure on a phone: plain words before the answer, the whole check visible, after Fail try again", async ({ shop, page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await addToCart(shop, "Cucumber")
  await checkoutUpToPayment(shop)
  await shop.checkout.pay({ number: "4000002760003184" })
  await expect(shop.checkout.threeDSecure()).toBeVisible()

  // "Place order" before answering: plain words, never the backend's challenge link.
  await page.getByTestId("three-ds-complete").click()
  await expect(shop.checkout.paymentError()).toHaveText(/not confirmed the payment yet/i)
  await expect(shop.checkout.paymentError()).not.toHaveText(/https?:|\/payment-mock\//)

  // The frame shows the issuer's buttons whole (nothing clipped).
  const frame = page.getByTestId("three-ds-frame")
  const challenge = page.frameLocator('[data-testid="three-ds-frame"]')
  const fail = challenge.getByTestId("challenge-fail")
  await expect(fail).toBeVisible()
  const frameBox = (await frame.boundingBox())!
  const failBox = (await fail.boundingBox())!
  expect(failBox.y + failBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height)
  await shop.screenshot("three-d-secure-phone")

  // Fail: no "I approved it" any more, but try again or another card.
  await fail.click()
  await expect(shop.checkout.threeDSecure()).toHaveAttribute("data-status", "failed")
  await expect(page.getByTestId("three-ds-complete")).toHaveCount(0)
  await expect(page.getByTestId("three-ds-cancel")).toBeVisible()
  await shop.screenshot("three-d-secure-failed")
  await page.getByTestId("three-ds-retry").click()

  // A new check for the same card; approved, the order is placed by itself.
  await expect(shop.checkout.threeDSecure()).toHaveAttribute("data-status", "pending")
  await challenge.getByTestId("challenge-approve").click()
  await shop.confirmation.expectConfirmed()
  // The guest's confirmation keeps the table's headers on a phone.
  await expect(page.getByTestId("order-items").getByRole("columnheader", { name: "Product" })).toBeVisible()
})
