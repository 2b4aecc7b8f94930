import AxeBuilder from "@axe-core/playwright"
import type { Page } from "@playwright/test"
import { expect, newCustomer, test } from "../fixtures"
import { addToCart } from "../flows"

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A/AA and best practice). */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)
}

for (const viewport of [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`axe (${viewport.name}): no serious or critical violations on home, index, product, cart, checkout and account pages`, async ({ shop, page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    const check = async (label: string) => expect(await seriousViolations(page), label).toEqual([])

    await shop.home.open()
    await check("home (with the consent banner)")
    await shop.catalogue.open()
    await check("product index")
    await shop.catalogue.openProduct((await shop.catalogue.names())[0])
    await check("product")
    await addToCart(shop, "Cucumber")
    await shop.cart.open()
    await check("cart")
    await shop.cart.checkout()
    await check("checkout")

    await shop.register.register(newCustomer())
    for (const path of ["/account", "/account/orders", "/account/wishlist", "/account/purchases", "/account/privacy", "/privacy-settings"]) {
      await page.goto(path)
      await check(path)
    }
  })
}
