import type { Page } from "@playwright/test"
import { expect, newCustomer, test } from "../fixtures"
import { addToCart, checkoutUpToPayment } from "../flows"

/**
 * The storefront's security headers (issue 21): a nonce CSP on every page that
 * the pages actually live with (no violation anywhere on a whole journey,
 * 3-D Secure frame included), and login and cart cannot be framed.
 */

/** Every CSP violation the page or its frames report, as the console shows them. */
function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message)
  })
  return violations
}

test("every kind of page carries the CSP with a fresh nonce and the other security headers", async ({ page }) => {
  const nonces = new Set<string>()
  for (const path of ["/", "/products", "/cart", "/checkout", "/account/login", "/account/register"]) {
    const res = await page.goto(path)
    expect(res, path).not.toBeNull()
    const headers = res!.headers()
    const csp = headers["content-security-policy"] ?? ""
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).not.toContain("unsafe-eval")
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1])
    expect(headers["x-content-type-options"], path).toBe("nosniff")
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin")
    expect(headers["x-frame-options"], path).toBe("DENY")
    expect(headers["permissions-policy"], path).toContain("camera=()")
    expect(headers["x-powered-by"], path).toBeUndefined()
  }
  expect(nonces.size).toBe(6)
})

test("a whole journey under the CSP reports no violation: catalogue, product, cart, checkout with 3-D Secure, account", async ({ shop, page }) => {
  const violations = watchViolations(page)
  await shop.home.open()
  await addToCart(shop, "Spaghetti No. 5", 1)
  await checkoutUpToPayment(shop)
  await shop.checkout.pay({ number: "4000002760003184" })
  const challenge = page.frameLocator('[data-testid="three-ds-frame"]')
  await challenge.getByRole("button", { name: /approve|authori[sz]e|confirm/i }).click()
  await page.getByTestId("three-ds-complete").click()
  await shop.confirmation.expectConfirmed()
  await shop.register.register(newCustomer())
  await shop.account.open()
  expect(violations).toEqual([])
})

for (const path of ["/account/login", "/cart"]) {
  test(`${path} does not render inside another site's frame`, async ({ page, baseURL }) => {
    const target = new URL(path, baseURL).toString()
    // A page of another origin (about:blank's opaque one) framing the storefront:
    // Chromium refuses the document and shows its error page in the frame instead.
    await page.setContent(`<iframe id="victim" src="${target}" width="800" height="600"></iframe>`)
    const frame = await (await page.waitForSelector("#victim")).contentFrame()
    expect(frame).not.toBeNull()
    await expect.poll(() => frame!.url(), { timeout: 20000 }).toMatch(/^(chrome-error:|http)/)
    await frame!.waitForLoadState("load")
    const rendered = await frame!.locator("form, main").count()
    expect(rendered).toBe(0)
  })
}
