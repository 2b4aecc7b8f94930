import type { Page } from "@playwright/test"
import { expect, test } from "../fixtures"
import { addToCart } from "../flows"

/** Every visible form control has an accessible name (a label or aria-label). */
async function unlabelledControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((el) => (el as HTMLInputElement).type !== "hidden")
      .filter((el) => {
        const input = el as HTMLInputElement
        return !(input.labels?.length || input.getAttribute("aria-label") || input.getAttribute("aria-labelledby"))
      })
      .map((el) => el.outerHTML.slice(0, 80))
  )
}

test("keyboard: the first Tab reaches the skip link, which jumps to the content", async ({ page }) => {
  await page.goto("/")
  await page.keyboard.press("Tab")
  const skip = page.getByRole("link", { name: "Skip to content" })
  await expect(skip).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(page.locator("main#main")).toBeFocused()
})

test("forms label every control", async ({ shop, page }) => {
  for (const path of ["/", "/products", "/account/login", "/account/register"]) {
    await page.goto(path)
    expect(await unlabelledControls(page), path).toEqual([])
  }
  await addToCart(shop, "Cucumber")
  await page.goto("/checkout")
  expect(await unlabelledControls(page), "/checkout").toEqual([])
})

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("home, product index, product and cart fit the screen", async ({ shop, page }) => {
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    await shop.home.open()
    expect(await fits()).toBe(true)
    await shop.catalogue.open()
    expect(await fits()).toBe(true)
    await shop.screenshot("phone-catalogue")
    await shop.catalogue.openProduct((await shop.catalogue.names())[0])
    expect(await fits()).toBe(true)
    await shop.screenshot("phone-product")
    await addToCart(shop, "Cucumber")
    await shop.cart.open()
    expect(await fits()).toBe(true)
    await shop.screenshot("phone-cart")
  })
})
