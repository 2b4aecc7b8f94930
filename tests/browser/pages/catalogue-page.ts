import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export class CataloguePage extends BasePage {
  async open(query = "") {
    await this.page.goto(`/products${query}`)
    await expect(this.byTestId("catalogue")).toBeVisible()
  }

  cards() {
    return this.byTestId("product-card")
  }

  card(name: string) {
    return this.cards().filter({ has: this.page.getByTestId("product-card-link").getByText(name, { exact: true }) })
  }

  resultCount() {
    return this.byTestId("result-count")
  }

  async names(): Promise<string[]> {
    return this.byTestId("product-card-link").allInnerTexts()
  }

  async filterByBrand(brand: string) {
    await this.byTestId("filter-brand").selectOption(brand)
    await expect(this.page).toHaveURL(new RegExp(`brand=${encodeURIComponent(brand).replace(/%20/g, "(\\+|%20)")}`))
  }

  async sortBy(order: string) {
    await this.byTestId("filter-sort").selectOption(order)
    await expect(this.page).toHaveURL(new RegExp(`order=${order.replace("-", "\\-")}`))
  }

  async nextPage() {
    await this.byTestId("pagination-next").click()
  }

  async openProduct(name: string) {
    await this.card(name).getByTestId("product-card-link").click()
    await expect(this.page.getByTestId("product-title")).toHaveText(name)
  }
}
