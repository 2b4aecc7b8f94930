import type { Page } from "@playwright/test"
import { expect } from "@playwright/test"

/** The reviews part of a product page (storefront) and the Reviews page of the Medusa admin. */
export class ReviewsSection {
  constructor(readonly page: Page) {}

  list() {
    return this.page.getByTestId("review-list")
  }

  review(title: string) {
    return this.page.getByTestId("review").filter({ has: this.page.getByTestId("review-title-text").getByText(title, { exact: true }) })
  }

  async write(input: { rating: number; title: string; body: string }) {
    const form = this.page.getByTestId("review-form")
    await expect(form).toBeVisible()
    await this.page.getByTestId(`review-rating-${input.rating}`).check()
    await this.page.getByTestId("review-title").fill(input.title)
    await this.page.getByTestId("review-body").fill(input.body)
    await this.page.getByTestId("review-submit").click()
    await expect(this.page.getByTestId("review-form-success")).toBeVisible()
  }
}

export const backendUrl = process.env.E2E_BACKEND_URL || `http://127.0.0.1:${process.env.E2E_BACKEND_PORT || 9100}`
export const ADMIN = { email: "admin@shop.test", password: "shop-admin-2026" }

/** The merchant's side through the admin API (what the admin page's buttons call). */
export async function approvePendingReviews(productId: string): Promise<string[]> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `Bearer ${token}` }
  const list = await fetch(`${backendUrl}/admin/reviews?status=pending&product_id=${encodeURIComponent(productId)}`, { headers: auth })
  const { reviews } = (await list.json()) as { reviews: { id: string }[] }
  expect(reviews.length).toBeGreaterThan(0)
  const ids = reviews.map((r) => r.id)
  const approved = await fetch(`${backendUrl}/admin/reviews`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ ids, status: "approved" }),
  })
  expect(approved.status).toBe(200)
  return ids
}

/** Logs in to the Medusa admin (/app) in this page. */
export async function adminLogin(page: Page) {
  await page.goto(`${backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.getByRole("button", { name: /continue|log in|sign in/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}
