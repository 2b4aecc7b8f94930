import { Screenshots } from "../pages/base-page"
import { EngagementPages } from "../pages/engagement-pages"
import { expect, newCustomer, test } from "../fixtures"

const FIRST = "Organic Carrots"
const SECOND = "Cucumber"

test("consent banner → viewed products appear in the Recently viewed rail; declining records nothing", async ({ shop, page }, testInfo) => {
  const engagement = new EngagementPages(page, new Screenshots(page, testInfo))

  // Nothing is recorded before the shopper answers: no rail, no visitor cookie.
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await expect(engagement.banner()).toBeVisible()
  await shop.screenshot("consent-banner")
  await shop.catalogue.openProduct(FIRST)
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("_shop_visitor")
  await engagement.acceptTracking()
  expect((await page.context().cookies()).find((c) => c.name === "_shop_visitor")?.httpOnly).toBe(true)

  // The answer is remembered; views are recorded from now on.
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await expect(engagement.banner()).toHaveCount(0)
  await shop.catalogue.openProduct(FIRST)
  await shop.catalogue.open(`?q=${encodeURIComponent(SECOND)}`)
  await shop.catalogue.openProduct(SECOND)
  await expect(engagement.recentlyViewedRail()).toBeVisible()
  await expect(engagement.recentlyViewedNames()).toHaveText([FIRST])
  await shop.screenshot("recently-viewed")
})

test("a shopper who declines gets no Recently viewed rail", async ({ shop, page }, testInfo) => {
  const engagement = new EngagementPages(page, new Screenshots(page, testInfo))
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await engagement.declineTracking()
  await shop.catalogue.openProduct(FIRST)
  await shop.catalogue.open(`?q=${encodeURIComponent(SECOND)}`)
  await shop.catalogue.openProduct(SECOND)
  await expect(page.getByTestId("product-title")).toHaveText(SECOND)
  await expect(engagement.recentlyViewedRail()).toHaveCount(0)
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("_shop_visitor")
})

test("heart → wishlist page → move to cart; history joins the account on login", async ({ shop, page }, testInfo) => {
  const engagement = new EngagementPages(page, new Screenshots(page, testInfo))
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.account.logout()

  // As a visitor: accept and view a product, then log in — the view comes along.
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await engagement.acceptTracking()
  await shop.catalogue.openProduct(FIRST)
  await shop.login.login(customer.email, customer.password)
  await expect(shop.account.greeting()).toBeVisible()

  await shop.catalogue.open(`?q=${encodeURIComponent(SECOND)}`)
  await shop.catalogue.openProduct(SECOND)
  await expect(engagement.recentlyViewedNames()).toHaveText([FIRST])

  // The heart on the product page saves it; the card's heart shows it saved too.
  await engagement.toggleProductHeart(true)
  await shop.screenshot("hearted")
  await shop.catalogue.open(`?q=${encodeURIComponent(SECOND)}`)
  await expect(shop.catalogue.card(SECOND).getByTestId("product-card-wishlist")).toHaveAttribute("data-saved", "true")

  await engagement.openWishlist()
  await expect(engagement.wishlistItems().getByTestId("wishlist-item-title")).toHaveText([SECOND])
  await shop.screenshot("wishlist")
  await engagement.moveFirstToCart()
  await expect(shop.cart.cartCount()).toHaveText("1")
  await engagement.openWishlist()
  await expect(page.getByTestId("wishlist-empty")).toBeVisible()
})

test("the heart on a product card saves the product (the card's link does not take the click)", async ({ shop, page }, testInfo) => {
  const engagement = new EngagementPages(page, new Screenshots(page, testInfo))
  await shop.register.register(newCustomer())
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  const catalogueUrl = page.url()
  const heart = shop.catalogue.card(FIRST).getByTestId("product-card-wishlist")
  await expect(heart).toHaveAttribute("data-saved", "false")
  await heart.click()
  await expect(heart).toHaveAttribute("data-saved", "true")
  expect(page.url()).toBe(catalogueUrl)
  await engagement.openWishlist()
  await expect(engagement.wishlistItems().getByTestId("wishlist-item-title")).toHaveText([FIRST])
})

test("consent can be withdrawn from the footer; the account's consent follows the shopper to a new browser", async ({ shop, page }, testInfo) => {
  const engagement = new EngagementPages(page, new Screenshots(page, testInfo))
  const customer = newCustomer()
  await shop.register.register(customer)
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await engagement.acceptTracking()

  // A new browser (no cookies): after login the banner does not ask again, the account's answer holds.
  await page.context().clearCookies()
  await shop.login.login(customer.email, customer.password)
  await expect(shop.account.greeting()).toBeVisible()
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await expect(engagement.banner()).toHaveCount(0)
  await shop.catalogue.openProduct(FIRST)
  await shop.catalogue.open(`?q=${encodeURIComponent(SECOND)}`)
  await shop.catalogue.openProduct(SECOND)
  await expect(engagement.recentlyViewedNames()).toHaveText([FIRST])

  // Withdrawn from the footer's "Privacy settings": the history is gone and nothing more is recorded.
  await page.getByTestId("footer-privacy").click()
  await expect(page.getByTestId("consent-settings")).toHaveAttribute("data-choice", "granted")
  await page.getByTestId("consent-settings-withdraw").click()
  await expect(page.getByTestId("consent-settings")).toHaveAttribute("data-choice", "declined")
  await expect(page.getByTestId("consent-settings-message")).toContainText("withdrawn")
  await shop.screenshot("privacy-settings")
  await shop.catalogue.open(`?q=${encodeURIComponent(FIRST)}`)
  await shop.catalogue.openProduct(FIRST)
  await expect(page.getByTestId("product-title")).toHaveText(FIRST)
  await expect(engagement.recentlyViewedRail()).toHaveCount(0)

  // The account's "Your data" page offers the same choice.
  await page.goto("/account/privacy")
  await expect(page.getByTestId("privacy-settings").getByTestId("consent-settings")).toHaveAttribute("data-choice", "declined")
})
