import { expect, test } from "../fixtures"

test.describe("home and product index", () => {
  test("home shows the hero, new arrivals, bestsellers and the brands", async ({ shop }) => {
    await shop.home.open()
    await expect(shop.home.rail("new-arrivals").getByTestId("product-card")).toHaveCount(4)
    await expect(shop.home.rail("bestsellers").getByTestId("product-card")).toHaveCount(4)
    await expect(shop.home.brands()).toHaveCount(18)
    await shop.home.brands().filter({ hasText: "Zespri" }).click()
    await expect(shop.catalogue.cards()).toHaveCount(2)
  })

  test("search finds products by name, brand filter narrows, sort orders by price", async ({ shop }) => {
    await shop.home.open()
    await shop.home.search("kiwi")
    await expect.poll(() => shop.catalogue.names()).toEqual(expect.arrayContaining(["Kiwi", "Golden Kiwi (4 Pack)"]))
    await shop.screenshot("search-kiwi")

    await shop.catalogue.open()
    await shop.catalogue.filterByBrand("Olivares")
    await expect(shop.catalogue.resultCount()).toHaveText(/^4 products/)
    await shop.catalogue.sortBy("-price")
    await expect.poll(() => shop.catalogue.names()).toEqual([
      "Extra Virgin Olive Oil 750 ml",
      "Arborio Risotto Rice",
      "Spaghetti No. 5",
      "Tomato Passata",
    ])
    await shop.catalogue.sortBy("price")
    await expect.poll(async () => (await shop.catalogue.names())[0]).toBe("Tomato Passata")
    await shop.screenshot("brand-olivares-by-price")
  })

  test("pages through the whole catalogue, 12 at a time", async ({ shop }) => {
    await shop.catalogue.open()
    await expect(shop.catalogue.resultCount()).toHaveText("59 products · page 1 of 5")
    await expect(shop.catalogue.cards()).toHaveCount(12)
    const first = await shop.catalogue.names()
    await shop.catalogue.nextPage()
    await expect(shop.catalogue.resultCount()).toHaveText("59 products · page 2 of 5")
    const second = await shop.catalogue.names()
    expect(second.filter((n) => first.includes(n))).toEqual([])
    await shop.catalogue.open("?page=5")
    await expect(shop.catalogue.cards()).toHaveCount(11)
    await shop.screenshot("catalogue-last-page")
  })

  test("stock badges: few left, sold out, in stock", async ({ shop }) => {
    await shop.catalogue.open("?q=banana")
    await expect(shop.catalogue.card("Banana").getByTestId("stock-badge")).toHaveText("Only 2 left")
    await expect(shop.catalogue.card("Organic Bananas").getByTestId("stock-badge")).toHaveText("In stock")
    await shop.catalogue.open("?q=clementines")
    await expect(shop.catalogue.card("Clementines").getByTestId("stock-badge")).toHaveText("Sold out")
    await expect(shop.catalogue.card("Clementines").getByTestId("product-card-price")).toHaveText("€2.99")
    // Gross prices for consumers: the card says the price includes VAT.
    await expect(shop.catalogue.card("Clementines").getByTestId("product-card-price-note")).toHaveText("incl. VAT")
  })

  test("product page: image, name, brand, price, description, stock", async ({ shop }) => {
    await shop.catalogue.open("?q=kiwi")
    await shop.catalogue.openProduct("Kiwi")
    await shop.product.expectLoaded("Kiwi")
    await expect(shop.page.getByTestId("product-brand")).toHaveText("Zespri")
    await expect(shop.product.price()).toHaveText("€4.00")
    await expect(shop.page.getByTestId("product-price-note")).toHaveText("incl. VAT, plus shipping")
    await expect(shop.page.getByTestId("product-description")).toHaveText("this a kiwi")
    await expect(shop.product.stock()).toHaveText("Only 3 left")
    await shop.screenshot("product-kiwi")
  })
})
