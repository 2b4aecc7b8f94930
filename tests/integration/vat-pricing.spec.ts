import seed from "../../src/scripts/seed"
import { loadCatalogue } from "../../src/scripts/seed/catalogue"
import { placeOrder, Shopper } from "../helpers/checkout"
import { eventually } from "../helpers/eventually"
import { expectStatus } from "../helpers/http"
import { adminHeaders, openShop, productByHandle } from "../helpers/store-fixtures"
import type { ShopClient } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(240000)

type CartLine = { title: string; unit_price: number; total: number; tax_lines: { rate: number }[] }
type Cart = { items: CartLine[]; shipping_methods: { tax_lines: { rate: number }[] }[]; total: number; tax_total: number }

const catalogue = loadCatalogue()
const priceOf = (handle: string) => catalogue.products.find((p) => p.handle === handle)!.price_minor
/** Exact euros → cents for comparisons (the values compared are sums of a few cents). */
const cents = (euros: number) => Math.round(euros * 100)

// The runner restores the database to its state after beforeAll before every test.
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    afterEach(() => {
      delete process.env.SHOP_PRICES_INCLUDE_VAT
    })

    /** A cart (German address, Standard shipping) with the given products, one each. */
    async function cartWith(handles: string[]): Promise<Cart> {
      const shopper = new Shopper(http, client.shop.publishableKey)
      await shopper.createCart(client.shop.regionId)
      for (const handle of handles) {
        const { variantId } = await productByHandle(client, handle)
        expectStatus(await shopper.addItem(variantId, 1), 200, "add line item")
      }
      await shopper.setAddresses()
      await shopper.chooseShipping()
      const res = await shopper.get(`/store/carts/${shopper.cartId}?fields=*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines,total,tax_total`)
      expectStatus(res, 200, "read cart")
      return res.data.cart
    }

    const rateOf = (cart: Cart, title: string) => cart.items.find((i) => i.title.startsWith(title))!.tax_lines.map((t) => t.rate)

    it("taxes food (incl. coffee and tea) at 7% and mineral water, juice and shipping at 19% in Germany", async () => {
      const cart = await cartWith(["banana", "espresso-beans", "earl-grey-tea", "sparkling-mineral-water", "cloudy-apple-juice"])
      expect(rateOf(cart, "Banana")).toEqual([7])
      expect(rateOf(cart, "Espresso Beans")).toEqual([7])
      expect(rateOf(cart, "Earl Grey Tea")).toEqual([7])
      expect(rateOf(cart, "Sparkling Mineral Water")).toEqual([19])
      expect(rateOf(cart, "Cloudy Apple Juice")).toEqual([19])
      expect(cart.shipping_methods[0].tax_lines.map((t) => t.rate)).toEqual([19])
    })

    it("sets the rates up with Medusa's tax rate rules on product types, once", async () => {
      await seed({ container: getContainer(), args: [] })
      const res = await http.get("/admin/tax-regions?country_code=de&fields=id,*tax_rates,*tax_rates.rules", adminHeaders(client.shop.adminToken))
      expectStatus(res, 200, "list tax regions")
      const rates = res.data.tax_regions.flatMap((r: { tax_rates: { rate: number; code: string; rules: { reference: string }[] }[] }) => r.tax_rates)
      const reduced = rates.filter((r: { code: string }) => r.code === "DE-VAT-REDUCED")
      expect(reduced).toHaveLength(1)
      expect(reduced[0].rate).toBe(7)
      expect(reduced[0].rules.map((r: { reference: string }) => r.reference)).toEqual(["product_type"])
    })

    it("gross pricing (the default): the catalogue price is what the shopper pays, VAT included", async () => {
      const product = await http.get(
        `/store/products?handle=banana&region_id=${client.shop.regionId}&fields=variants.calculated_price`,
        { headers: { "x-publishable-api-key": client.shop.publishableKey } }
      )
      const price = product.data.products[0].variants[0].calculated_price
      expect(price.is_calculated_price_tax_inclusive).toBe(true)
      expect(cents(price.calculated_amount)).toBe(priceOf("banana"))

      const cart = await cartWith(["banana", "sparkling-mineral-water"])
      expect(cents(cart.items.find((i) => i.title.startsWith("Banana"))!.total)).toBe(priceOf("banana"))
      // Items and shipping (€4.90) at their gross prices; VAT is contained, not added.
      expect(cents(cart.total)).toBe(priceOf("banana") + priceOf("sparkling-mineral-water") + 490)
    })

    it("net pricing (SHOP_PRICES_INCLUDE_VAT=false, e.g. B2B): VAT is added to the catalogue price", async () => {
      process.env.SHOP_PRICES_INCLUDE_VAT = "false"
      await seed({ container: getContainer(), args: [] })
      const cart = await cartWith(["banana"])
      const banana = cart.items[0]
      expect(cents(banana.unit_price)).toBe(priceOf("banana"))
      expect(banana.total).toBeCloseTo((priceOf("banana") / 100) * 1.07, 6)
      expect(cart.total).toBeCloseTo((priceOf("banana") / 100) * 1.07 + 4.9 * 1.19, 6)
    })

    for (const mode of ["gross", "net"] as const) {
      it(`the invoice of a mixed-rate order equals the charge, per rate net + VAT = gross (${mode} prices)`, async () => {
        if (mode === "net") {
          process.env.SHOP_PRICES_INCLUDE_VAT = "false"
          await seed({ container: getContainer(), args: [] })
        }
        // Prices whose VAT has sub-cent parts at both rates.
        const order = await placeOrder(client, {
          items: [
            { handle: "espresso-beans", quantity: 3 },
            { handle: "sparkling-mineral-water", quantity: 3 },
            { handle: "banana", quantity: 1 },
          ],
        })
        const { data } = await http.get(
          `/admin/orders/${order.id}?fields=total,tax_total,payment_collections.amount`,
          adminHeaders(client.shop.adminToken)
        )
        const charged = cents(Number(data.order.payment_collections[0].amount))
        const invoice = await eventually(async () => {
          const { rows } = await db.raw("select total, snapshot from invoice where order_id = ?", [order.id])
          return rows[0]
        }, "the invoice", 20000)
        const snapshot = invoice.snapshot as {
          totals: { net: number; tax: number; gross: number }
          tax_breakdown: { tax_rate: number; net: number; tax: number; gross: number }[]
        }
        expect(snapshot.totals.gross).toBe(charged)
        expect(Number(invoice.total)).toBe(charged)
        expect(snapshot.totals.tax).toBe(cents(data.order.tax_total))
        expect(snapshot.tax_breakdown.map((t) => t.tax_rate)).toEqual([19, 7])
        for (const t of snapshot.tax_breakdown) expect(t.net + t.tax).toBe(t.gross)
        expect(snapshot.tax_breakdown.reduce((s, t) => s + t.gross, 0)).toBe(charged)
        expect(snapshot.tax_breakdown.reduce((s, t) => s + t.tax, 0)).toBe(snapshot.totals.tax)
      })
    }
  },
})
