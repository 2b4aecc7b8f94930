import seed from "../../src/scripts/seed"
import { MOCK_CARD, SYSTEM_PROVIDER, Shopper, TEST_CARDS, card } from "../helpers/checkout"
import { expectStatus } from "../helpers/http"
import type { StoreFixture } from "../helpers/store-fixtures"
import { count, seedStore, variantBySku } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

const SKU = "GOLDEN-KIWI" // 40 in stock, 5.49 EUR

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: StoreFixture

    beforeAll(async () => {
      store = await seedStore(getContainer(), db)
    })

    async function readyShopper(quantity = 1): Promise<Shopper> {
      const { variant_id } = await variantBySku(db, SKU)
      const shopper = new Shopper(http, store.publishableKey)
      await shopper.fillCart(store.regionId, variant_id, quantity)
      return shopper
    }

    /** Nothing of the failed attempt remains: no order, no reservation, cart open. */
    async function expectNothingPlaced(shopper: Shopper, reservedBefore: number) {
      const v = await variantBySku(db, SKU)
      expect(v.reserved).toBe(reservedBefore)
      expect(await count(db, "select 1 from reservation_item where inventory_item_id = ? and deleted_at is null", [v.inventory_item_id])).toBe(0)
      expect(await count(db, "select 1 from order_cart where cart_id = ? and deleted_at is null", [shopper.cartId])).toBe(0)
      expect(await count(db, `select 1 from "order"`)).toBe(0)
      expect(await count(db, "select 1 from payment where deleted_at is null")).toBe(0)
      const cart = await shopper.cart()
      expect(cart.completed_at).toBeNull()
      expect(cart.items).toHaveLength(1)
    }

    async function retryWithGoodCard(shopper: Shopper) {
      await shopper.payWithCard(TEST_CARDS.authorized)
      const res = await shopper.complete()
      expectStatus(res, 200, "complete after retry")
      expect(res.data.type).toBe("order")
      return shopper.order(res.data.order.id)
    }

    it("enables the mock card processor next to the system provider in the seeded region", async () => {
      const res = await http.get(`/store/payment-providers?region_id=${store.regionId}`, {
        headers: { "x-publishable-api-key": store.publishableKey },
      })
      expect(res.status).toBe(200)
      expect(res.data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([MOCK_CARD, SYSTEM_PROVIDER].sort())
    })

    it("re-enables the mock card processor in an existing region that lacks it when the seed runs again", async () => {
      await db.raw(`update region_payment_provider set deleted_at = now() where payment_provider_id = ?`, [MOCK_CARD])
      const before = await count(db, "select 1 from region_payment_provider where payment_provider_id = ? and deleted_at is null", [MOCK_CARD])
      expect(before).toBe(0)
      await seed({ container: getContainer(), args: [] })
      const rows = await db.raw(
        `select region_id from region_payment_provider where payment_provider_id = ? and deleted_at is null`,
        [MOCK_CARD]
      )
      expect(rows.rows.map((r) => r.region_id)).toEqual([store.regionId])
      expect(await count(db, "select 1 from region_payment_provider where payment_provider_id = ? and deleted_at is null", [SYSTEM_PROVIDER])).toBe(1)
    })

    it("quotes totals with VAT and shipping in the cart and the order", async () => {
      const shopper = await readyShopper(2)
      const cart = await shopper.cart()
      // 2 × 5.49 + 4.90 Standard shipping, gross prices: 7 % VAT in the kiwis (food), 19 % in the shipping
      expect(cart.total).toBe(15.88)
      expect(cart.item_subtotal).toBeCloseTo(10.98 / 1.07, 6)
      expect(cart.shipping_subtotal).toBeCloseTo(4.9 / 1.19, 6)
      expect(cart.tax_total).toBeCloseTo(10.98 - 10.98 / 1.07 + 4.9 - 4.9 / 1.19, 6)
      await shopper.payWithCard(TEST_CARDS.authorized)
      const res = await shopper.complete()
      expect(res.data.type).toBe("order")
      expect(res.data.order.total).toBe(cart.total)
      expect(res.data.order.shipping_methods[0].name).toBe("Standard")
    })

    it("4242 4242 4242 4242 authorizes: one order, one authorized payment, stock reserved", async () => {
      const shopper = await readyShopper()
      const session = await shopper.payWithCard(TEST_CARDS.authorized)
      expect(session.status).toBe("pending")
      expect(session.data.card).toEqual({ brand: "visa", last4: "4242", outcome: "authorize" })

      const res = await shopper.complete()
      expectStatus(res, 200, "complete")
      expect(res.data.type).toBe("order")
      expect((await shopper.order(res.data.order.id)).payment_status).toBe("authorized")

      const payments = await db.raw("select s.status, p.data from payment p join payment_session s on s.id = p.payment_session_id")
      expect(payments.rows).toHaveLength(1)
      const data = payments.rows[0].data as { amount: number }
      expect(data).toMatchObject({ status: "authorized", card: { brand: "visa", last4: "4242" }, currency_code: "eur" })
      expect(data.amount).toBe(Math.round(res.data.order.total * 100))
      const v = await variantBySku(db, SKU)
      expect(v.reserved).toBe(1)
    })

    it("keeps neither the full card number nor the CVC anywhere: session, payment, responses", async () => {
      const shopper = await readyShopper()
      const res = await shopper.paymentSession(MOCK_CARD, { card: card(TEST_CARDS.authorized, { cvc: "987" }) })
      expectStatus(res, 200, "create payment session")
      expect(JSON.stringify(res.data)).not.toMatch(/4242\s?4242\s?4242\s?4242|987/)
      const completed = await shopper.complete()
      expect(JSON.stringify(completed.data)).not.toMatch(/4242\s?4242\s?4242\s?4242/)
      const stored = await db.raw(
        `select s.data::text as session, coalesce(p.data::text, '') as payment, s.context::text as context
           from payment_session s left join payment p on p.payment_session_id = s.id`
      )
      for (const row of stored.rows) {
        expect(`${row.session} ${row.payment} ${row.context}`).not.toMatch(/4242424242424242|4242 4242|"987"|cvc|exp_/)
      }
    })

    it.each([
      ["4000 0000 0000 0002", TEST_CARDS.declined, /declined \(card_declined\): Your card was declined/],
      ["4000 0000 0000 9995", TEST_CARDS.insufficientFunds, /declined \(insufficient_funds\): Your card has insufficient funds/],
      ["4000 0000 0000 0069", TEST_CARDS.expiredCard, /declined \(expired_card\): Your card has expired/],
      ["4000 0000 0000 0127", TEST_CARDS.incorrectCvc, /declined \(incorrect_cvc\): Your card's security code \(CVC\) is incorrect/],
    ])("%s is declined with a clear reason, places nothing, and the shopper can retry", async (_label, number, reason) => {
      const shopper = await readyShopper()
      const reservedBefore = (await variantBySku(db, SKU)).reserved
      await shopper.payWithCard(number)

      const res = await shopper.complete()
      expect(res.status).toBe(200)
      expect(res.data.type).toBe("cart")
      expect(res.data.error.type).toBe("payment_authorization_error")
      expect(res.data.error.message).toMatch(reason)
      expect(res.data.cart.id).toBe(shopper.cartId)
      await expectNothingPlaced(shopper, reservedBefore)

      const order = await retryWithGoodCard(shopper)
      expect(order.payment_status).toBe("authorized")
    })

    it("4000 0000 0000 0119 answers like a processor timing out: an error after a wait, nothing placed", async () => {
      const shopper = await readyShopper()
      await shopper.payWithCard(TEST_CARDS.processingError)
      const started = Date.now()
      const res = await shopper.complete()
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
      expect(res.status).toBe(200)
      expect(res.data.type).toBe("cart")
      expect(res.data.error.message).toMatch(/processor error \(processing_error\).*did not answer in time/)
      await expectNothingPlaced(shopper, 0)
      await retryWithGoodCard(shopper)
    })

    it("4000 0000 0000 0341 authorizes and places the order (its capture fails later)", async () => {
      const shopper = await readyShopper()
      await shopper.payWithCard(TEST_CARDS.captureFails)
      const res = await shopper.complete()
      expect(res.data.type).toBe("order")
      expect((await shopper.order(res.data.order.id)).payment_status).toBe("authorized")
    })

    it("any other valid card authorizes and is kept as its brand and last four digits", async () => {
      const shopper = await readyShopper()
      const session = await shopper.payWithCard("5555 5555 5555 4444")
      expect(session.data.card).toEqual({ brand: "mastercard", last4: "4444", outcome: "authorize" })
      const res = await shopper.complete()
      expect(res.data.type).toBe("order")
    })

    it("still lets a shopper pay on invoice with Medusa's system provider", async () => {
      const shopper = await readyShopper()
      expectStatus(await shopper.paymentSession(SYSTEM_PROVIDER), 200, "system session")
      const res = await shopper.complete()
      expect(res.data.type).toBe("order")
    })

    describe("invalid card data is a clear 400, never a 500, and creates no session", () => {
      const year = new Date().getUTCFullYear()
      const month = new Date().getUTCMonth() + 1
      const lastMonth = month === 1 ? { exp_month: 12, exp_year: year - 1 } : { exp_month: month - 1, exp_year: year }
      const cases: [string, unknown, RegExp, string][] = [
        ["a bad Luhn checksum", { card: card("4242 4242 4242 4241") }, /fails the Luhn check/, "data.card.number"],
        ["an expiry date in the past", { card: card(TEST_CARDS.authorized, lastMonth) }, /expired/, "data.card.exp_year"],
        ["letters in the number", { card: card("4242 4242 abcd 4242") }, /only digits/, "data.card.number"],
        ["letters in the CVC", { card: card(TEST_CARDS.authorized, { cvc: "12a" }) }, /CVC must be 3 or 4 digits/, "data.card.cvc"],
        ["a 5-digit CVC", { card: card(TEST_CARDS.authorized, { cvc: "12345" }) }, /CVC must be 3 or 4 digits/, "data.card.cvc"],
        ["month 13", { card: card(TEST_CARDS.authorized, { exp_month: 13 }) }, /between 1 and 12/, "data.card.exp_month"],
        ["letters in the month", { card: card(TEST_CARDS.authorized, { exp_month: "ab" }) }, /exp_month must be a month/, "data.card.exp_month"],
        ["a number that is too short", { card: card("4242 4242") }, /12 to 19 digits/, "data.card.number"],
        ["a card number sent as a JSON number", { card: card(TEST_CARDS.authorized, { number: 4242424242424242 }) }, /number must be a string/, "data.card.number"],
        ["a missing number", { card: { exp_month: 12, exp_year: year + 1, cvc: "123" } }, /number is required/, "data.card.number"],
        ["a missing CVC", { card: { number: TEST_CARDS.authorized, exp_month: 12, exp_year: year + 1 } }, /cvc is required/, "data.card.cvc"],
        ["a missing expiry", { card: { number: TEST_CARDS.authorized, cvc: "123" } }, /exp_month is required/, "data.card.exp_month"],
        ["no card at all", {}, /data.card is required/, "data.card"],
        ["no data at all", undefined, /data is required/, "data"],
        ["a card that is not an object", { card: "4242424242424242" }, /data.card must be an object/, "data.card"],
        ["extra fields next to the card", { card: card(TEST_CARDS.authorized), outcome: "authorize" }, /unknown field\(s\): outcome/, "data"],
        ["a pre-tokenized card (only the processor may tokenize)", { card: { brand: "visa", last4: "4242", outcome: "authorize" } }, /number is required/, "data.card.number"],
      ]

      it.each(cases)("%s", async (_label, data, message, field) => {
        const shopper = await readyShopper()
        const res = await shopper.paymentSession(MOCK_CARD, data as Record<string, unknown> | undefined)
        expect(res.status).toBe(400)
        expect(res.data).toMatchObject({ type: "invalid_data", code: "invalid_card", field })
        expect(res.data.message).toMatch(message)
        expect(JSON.stringify(res.data)).not.toMatch(/4242 ?4242 ?4242/)
        expect(await count(db, "select 1 from payment_session")).toBe(0)
      })
    })
  },
})
