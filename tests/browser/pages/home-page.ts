import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

export class HomePage extends BasePage {
  async open() {
    await this.page.goto("/")
    await expect(this.byTestId("hero")).toBeVisible()
    await this.screenshot("home")
  }

  rail(id: "new-arrivals" | "bestsellers") {
    return this.byTestId(`rail-${id}`)
  }

  brands() {
    return this.byTestId("brand-link")
  }

  /** The header's search box, on any page. */
  async search(text: string) {
    await this.byTestId("search-input").fill(text)
    await this.byTestId("search-submit").click()
    await expect(this.page).toHaveURL(/\/products\?q=/)
  }
}
