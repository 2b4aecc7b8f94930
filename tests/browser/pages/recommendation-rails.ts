import type { Locator } from "@playwright/test"
import { BasePage } from "./base-page"

/** The recommendation rails (@shop/recommendations): "Recommended for you" on home, "Customers also bought" on product pages. */
export class RecommendationRails extends BasePage {
  rail(rail: "for-you" | "also-bought"): Locator {
    return this.byTestId(`recommendations-${rail}`)
  }

  cards(rail: "for-you" | "also-bought"): Locator {
    return this.rail(rail).getByTestId("product-card")
  }

  /** "true" when the rail is personal, "false" for the cold start. */
  personalized(rail: "for-you" | "also-bought"): Locator {
    return this.byTestId(`recommendations-${rail}-state`)
  }

  async names(rail: "for-you" | "also-bought"): Promise<string[]> {
    return await this.cards(rail).getByTestId("product-card-link").allTextContents()
  }
}
