import { expect } from "@playwright/test"
import { BasePage } from "./base-page"

/** The consent banner, the hearts, the "Recently viewed" rail, the wishlist and "Bought before" pages (@shop/engagement). */
export class EngagementPages extends BasePage {
  banner() {
    return this.byTestId("consent-banner")
  }

  async acceptTracking() {
    await expect(this.banner()).toBeVisible()
    await this.byTestId("consent-accept").click()
    await expect(this.banner()).toHaveCount(0)
  }

  async declineTracking() {
    await expect(this.banner()).toBeVisible()
    await this.byTestId("consent-decline").click()
    await expect(this.banner()).toHaveCount(0)
  }

  recentlyViewedRail() {
    return this.byTestId("rail-recently-viewed")
  }

  recentlyViewedNames() {
    return this.recentlyViewedRail().getByTestId("product-card-link")
  }

  productHeart() {
    return this.byTestId("product-wishlist-button")
  }

  async toggleProductHeart(expectSaved: boolean) {
    await this.productHeart().click()
    await expect(this.productHeart()).toHaveAttribute("data-saved", expectSaved ? "true" : "false")
  }

  async openWishlist() {
    await this.page.goto("/account/wishlist")
    await expect(this.byTestId("wishlist-page")).toBeVisible()
  }

  wishlistItems() {
    return this.byTestId("wishlist-item")
  }

  async moveFirstToCart() {
    await this.wishlistItems().first().getByTestId("wishlist-move-to-cart").click()
    await expect(this.byTestId("wishlist-item-message-ok").or(this.byTestId("wishlist-empty"))).toBeVisible()
  }

  async openPurchases() {
    await this.page.goto("/account/purchases")
    await expect(this.byTestId("purchases-page")).toBeVisible()
  }
}
