import { checkoutUpToPayment } from "../flows"
import { expect, newCustomer, test } from "../fixtures"
import { MerchantApi } from "../pages/merchant-api"

test("an order ships with DHL: timeline and email show the tracking; a question about it gets the merchant's answer", async ({
  shop,
  page,
}) => {
  const merchant = new MerchantApi()
  const customer = newCustomer()
  await shop.register.open()
  await shop.register.fill(customer)
  await shop.register.submit()
  await expect(shop.account.greeting()).toBeVisible()

  await shop.catalogue.open("?q=espresso")
  await shop.catalogue.openProduct("Espresso Beans 1 kg")
  await shop.product.addToCart(1)
  await checkoutUpToPayment(shop, null)
  await shop.checkout.pay({ number: "4242424242424242", name: `${customer.first_name} ${customer.last_name}` })
  const { displayId } = await shop.confirmation.expectConfirmed()

  // The merchant ships the order with DHL.
  const orderId = await merchant.orderIdOf(displayId)
  const trackingNumber = `00340434${Date.now().toString().slice(-10)}`
  await merchant.ship(orderId, "dhl", trackingNumber)

  const shipped = await shop.inbox.waitFor(customer.email, new RegExp(`order #${displayId} is on its way`))
  expect(shipped.text).toContain(`handed to DHL with tracking number ${trackingNumber}`)
  expect(shipped.html).toContain(`piececode=${trackingNumber}`)

  await page.goto(`/account/orders/details/${orderId}`)
  const timeline = page.getByTestId("order-timeline")
  await expect(timeline.getByTestId("timeline-step").first()).toContainText("Order placed")
  await expect(timeline.locator('[data-type="shipped"]')).toContainText("Shipped with DHL")
  await expect(timeline.getByTestId("tracking-number")).toHaveText(trackingNumber)
  await expect(timeline.getByTestId("tracking-link")).toHaveAttribute("href", new RegExp(`dhl\\.de/.*piececode=${trackingNumber}`))
  await shop.screenshot("order-timeline")

  // The customer asks about the order; text with markup stays text.
  const subject = `Parcel for #${displayId} <b>damaged</b>`
  const question = 'The box arrived wet.\n<img src=x onerror="window.__xss=1">Can you help?'
  await page.getByTestId("order-support-open").click()
  await expect(page.getByTestId("support-order")).toHaveValue(orderId)
  await page.getByTestId("support-category").selectOption("order_problem")
  await page.getByTestId("support-subject").fill(subject)
  await page.getByTestId("support-message").fill(question)
  await page.getByTestId("support-submit").click()
  await expect(page.getByTestId("support-opened")).toBeVisible()
  await expect(page.getByTestId("support-subject-heading")).toHaveText(subject)
  await expect(page.getByTestId("support-thread-message")).toHaveCount(1)
  await expect(page.getByTestId("support-thread-message").first()).toContainText('<img src=x onerror="window.__xss=1">')
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  await expect(page.getByTestId("support-request-status")).toHaveAttribute("data-status", "open")
  await shop.screenshot("support-request")

  // The merchant reads it in the admin inbox (linked to the order) and answers.
  const request = await merchant.supportRequestBySubject(subject)
  expect(request.order_id).toBe(orderId)
  await merchant.replyToSupportRequest(request.id, "Sorry about that! A replacement ships today.")

  const answer = await shop.inbox.waitFor(customer.email, /Re: Parcel for/)
  expect(answer.text).toContain("A replacement ships today.")

  await page.reload()
  await expect(page.getByTestId("support-thread-message")).toHaveCount(2)
  await expect(page.getByTestId("support-thread-message").nth(1)).toHaveAttribute("data-author", "merchant")
  await expect(page.getByTestId("support-thread-message").nth(1)).toContainText("A replacement ships today.")
  await expect(page.getByTestId("support-request-status")).toHaveAttribute("data-status", "waiting_for_customer")

  await page.getByTestId("support-reply-message").fill("Thank you!")
  await page.getByTestId("support-reply-submit").click()
  await expect(page.getByTestId("support-thread-message")).toHaveCount(3)
  await page.getByTestId("support-close").click()
  await expect(page.getByTestId("support-closed")).toBeVisible()

  await page.goto("/account/support")
  await expect(page.getByTestId("support-row").first()).toContainText("Parcel for")
  await expect(page.getByTestId("support-row").first().getByTestId("support-status")).toHaveAttribute("data-status", "closed")
  await shop.screenshot("support-list")
})

test("a guest opens a support request without an account and reads the answer from the emailed link", async ({ shop, page }) => {
  const merchant = new MerchantApi()
  const email = `guest.${Date.now().toString(36)}@example.test`
  await shop.home.open()
  await page.getByTestId("footer-support").click()
  await page.getByTestId("support-email").fill(email)
  await page.getByTestId("support-category").selectOption("product_question")
  const subject = `Is the espresso fair trade? ${Date.now()}`
  await page.getByTestId("support-subject").fill(subject)
  await page.getByTestId("support-message").fill("Asking before I buy.")
  await page.getByTestId("support-submit").click()
  await expect(page.getByTestId("support-opened")).toContainText(email)

  const request = await merchant.supportRequestBySubject(subject)
  await merchant.replyToSupportRequest(request.id, "Yes, it is certified.")
  const answer = await shop.inbox.waitFor(email, /Re: Is the espresso/)
  const link = answer.text.match(/https?:\/\/[^\s\]]+\/support\/[^\s\]]+/)?.[0]
  expect(link).toBeTruthy()

  // The emailed link opens the thread in a fresh browser (no cookies needed); without the token nothing shows.
  const url = new URL(link!)
  await page.context().clearCookies()
  await page.goto(`${url.pathname}${url.search}`)
  await expect(page.getByTestId("support-thread-message").nth(1)).toContainText("Yes, it is certified.")
  const denied = await page.goto(url.pathname)
  expect(denied?.status()).toBe(404)
})

test("the support form sent empty says in plain words what each field needs, once", async ({ shop, page }) => {
  await shop.home.open()
  await page.getByTestId("footer-support").click()
  await page.getByTestId("support-submit").click()
  await expect(page.getByTestId("support-form-message")).toHaveText("Please check the highlighted fields.")
  const errors = page.locator('[data-testid^="field-error-"]')
  await expect(errors).toHaveText([
    "Enter a valid email address, so we can answer you.",
    "Choose what your request is about.",
    "Enter a subject (up to 200 characters, one line).",
    "Write your message (up to 10,000 characters).",
  ])
  await expect(page.getByTestId("support-form")).not.toContainText(/Value for field|too small|invalid_type/i)
  await shop.screenshot("support-form-empty")
})
