import type { Page } from "@playwright/test"
import { expect, newCustomer, test } from "../fixtures"
import { addToCart, checkoutUpToPayment } from "../flows"
import { adminLogin, approvePendingReviews, backendUrl, ReviewsSection } from "../pages/reviews-page"

// Hostile review text: each must show as the literal characters typed, run nothing, load nothing.
const XSS_TITLE = `<img src=x onerror="alert('title')">`
const XSS_BODY = [
  `<script>alert('script')</script>`,
  `<img src=x onerror=alert('img')>`,
  `<a href="javascript:alert('link')">click me</a>`,
  `javascript:alert('bare')`,
  `<svg onload=alert('svg')></svg>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `"><body onload=alert('attr')>`,
  `{{constructor.constructor('alert(1)')()}}`,
].join("\n")

/** Records every dialog (alert, confirm, prompt) the page opens: there must be none. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return dialogs
}

test("a buyer rates their purchase, the merchant approves it, the product page shows it — hostile text stays inert in the storefront and the admin", async ({
  shop,
  page,
}) => {
  const dialogs = watchDialogs(page)
  const customer = newCustomer()
  await shop.register.register(customer)

  // buy with the mock card
  await addToCart(shop, "Organic Carrots")
  await checkoutUpToPayment(shop, null)
  await shop.checkout.pay({ number: "4242424242424242", name: `${customer.first_name} ${customer.last_name}` })
  const { displayId } = await shop.confirmation.expectConfirmed()

  // "Rate your purchase" from the account's order
  await shop.account.openOrders()
  await shop.account.orderRow(displayId).getByTestId("order-link").click()
  await page.getByTestId("order-item-rate").first().click()
  await expect(shop.product.title()).toHaveText("Organic Carrots")
  const productId = await page.getByTestId("product-page").getAttribute("data-product-id")
  expect(productId).toMatch(/^prod_/)

  const reviews = new ReviewsSection(page)
  await reviews.write({ rating: 4, title: XSS_TITLE, body: XSS_BODY })
  await shop.screenshot("review-written")
  // pending: not shown yet
  await page.reload()
  await expect(reviews.review(XSS_TITLE)).toHaveCount(0)
  await expect(page.getByTestId("review-own-status")).toContainText("waiting for approval")

  await approvePendingReviews(productId as string)

  await page.reload()
  const shown = reviews.review(XSS_TITLE)
  await expect(shown).toBeVisible()
  await expect(shown.getByTestId("review-title-text")).toHaveText(XSS_TITLE)
  await expect(shown.getByTestId("review-body-text")).toHaveText(XSS_BODY, { useInnerText: true })
  await expect(shown.getByTestId("review-verified")).toBeVisible()
  await expect(page.getByTestId("rating-count")).toHaveText("1 review")
  await expect(page.getByTestId("rating-histogram-4")).toHaveAttribute("data-count", "1")
  // The stylesheet applies: the text keeps its line breaks, and 4★ shows 4 filled stars and 1 empty one (another colour).
  await expect(shown.getByTestId("review-body-text")).toHaveCSS("white-space", "pre-line")
  const stars = shown.getByTestId("review-stars")
  await expect(stars.locator(":scope > span").first()).toHaveText("★★★★")
  await expect(stars.locator(".stars__empty")).toHaveText("★")
  await expect(stars.locator(":scope > span").first()).toHaveCSS("color", "rgb(180, 83, 9)")
  await expect(stars.locator(".stars__empty")).toHaveCSS("color", "rgb(214, 211, 209)")
  // nothing of the text became markup
  await expect(page.getByTestId("review-list").locator("img, script, svg, iframe, a[href^='javascript' i]")).toHaveCount(0)
  await shop.screenshot("review-approved")

  // the product card in the catalogue shows the stars and the count: the
  // approval happened in the backend, so the storefront learns of it when its
  // cached listing (10 s) is renewed: at most a few reloads later
  await shop.catalogue.open("?q=Organic%20Carrots")
  const card = page.getByTestId("product-card").filter({ hasText: "Organic Carrots" }).first()
  await expect(async () => {
    await page.reload()
    await expect(card.getByTestId("product-card-rating-count")).toHaveText("(1)", { timeout: 1000 })
  }).toPass({ timeout: 25_000, intervals: [1000, 2000, 3000] })

  // the admin's Reviews page shows the same text literally
  const admin = await page.context().newPage()
  const adminDialogs = watchDialogs(admin)
  await adminLogin(admin)
  await admin.goto(`${backendUrl}/app/reviews`)
  await admin.getByTestId("reviews-status-filter").click()
  await admin.getByRole("option", { name: "Approved" }).click()
  const row = admin.getByTestId("reviews-row").filter({ hasText: XSS_TITLE })
  await expect(row.getByTestId("reviews-row-title")).toHaveText(XSS_TITLE)
  await expect(row.getByTestId("reviews-row-body")).toContainText(`<script>alert('script')</script>`)
  await expect(row.locator("img, script, svg, iframe, a[href^='javascript' i]")).toHaveCount(0)
  await admin.screenshot({ path: test.info().outputPath("admin-reviews.png"), fullPage: true })
  // and on the product's page, the widget
  await admin.goto(`${backendUrl}/app/products/${productId}`)
  await expect(admin.getByTestId("product-reviews-widget")).toContainText(XSS_TITLE)
  await expect(admin.getByTestId("product-reviews-widget").locator("img, script, svg, iframe")).toHaveCount(0)

  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  expect(adminDialogs).toEqual([])
})
