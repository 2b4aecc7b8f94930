import { Shopper, TEST_CARDS } from "../helpers/checkout"
import { expectStatus } from "../helpers/http"
import type { StoreFixture } from "../helpers/store-fixtures"
import { count, seedStore, variantBySku } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

const SKU = "GOLDEN-KIWI"
const BROWSER = { Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" }
const FORM = { ...BROWSER, "Content-Type": "application/x-www-form-urlencoded" }

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: StoreFixture

    beforeAll(async () => {
      store = await seedStore(getContainer(), db)
    })

    /** A shopper who paid with the 3-D Secure card; returns the challenge path. */
    async function challengedShopper(): Promise<{ shopper: Shopper; path: string; sessionId: string }> {
      const { variant_id } = await variantBySku(db, SKU)
      const shopper = new Shopper(http, store.publishableKey)
      await shopper.fillCart(store.regionId, variant_id)
      const session = await shopper.payWithCard(TEST_CARDS.threeDSecure)
      expect(session.status).toBe("requires_more")
      expect(session.data.three_d_secure.status).toBe("pending")
      const url = new URL(session.data.three_d_secure.redirect_url)
      expect(url.pathname).toMatch(new RegExp(`^/payment-mock/3ds/${session.id}/[0-9a-f]{32}$`))
      return { shopper, path: url.pathname, sessionId: session.id }
    }

    const page = (path: string) => http.get(path, { headers: BROWSER, validateStatus: () => true })
    const answer = (path: string, decision: string) =>
      http.post(path, `decision=${decision}`, { headers: FORM, validateStatus: () => true })

    it("asks for the challenge: completing before it places nothing and says what to do", async () => {
      const { shopper, path } = await challengedShopper()
      const res = await shopper.complete()
      expect(res.status).toBe(200)
      expect(res.data.type).toBe("cart")
      expect(res.data.error.type).toBe("payment_requires_more_error")
      expect(res.data.error.message).toContain("3-D Secure authentication required")
      expect(res.data.error.message).toContain(path)
      expect(await count(db, `select 1 from "order"`)).toBe(0)
      expect((await variantBySku(db, SKU)).reserved).toBe(0)
    })

    it("serves the issuer's challenge page with the amount, the card and approve/fail buttons", async () => {
      const { shopper, path } = await challengedShopper()
      const cart = await shopper.cart()
      const res = await page(path)
      expect(res.status).toBe(200)
      expect(String(res.headers["content-type"])).toMatch(/^text\/html/)
      expect(String(res.headers["content-security-policy"])).toContain("default-src 'none'")
      expect(res.headers["cache-control"]).toBe("no-store")
      const html = String(res.data)
      expect(html).toContain(`<strong data-testid="challenge-amount">${cart.total.toFixed(2)} EUR</strong>`)
      expect(html).toContain("visa •••• 3184")
      expect(html).toContain(`<form method="post" action="${path}"`)
      expect(html).toMatch(/<button[^>]+value="approve"/)
      expect(html).toMatch(/<button[^>]+value="fail"/)
      expect(html).not.toMatch(/4000\s?0027\s?6000/)
    })

    it("approve: the cart then completes with an authorized payment", async () => {
      const { shopper, path } = await challengedShopper()
      const approved = await answer(path, "approve")
      expect(approved.status).toBe(200)
      expect(String(approved.data)).toContain('data-status="approved"')

      const res = await shopper.complete()
      expectStatus(res, 200, "complete after approval")
      expect(res.data.type).toBe("order")
      const order = await shopper.order(res.data.order.id)
      expect(order.payment_status).toBe("authorized")
      const { rows } = await db.raw("select data from payment")
      expect(rows).toHaveLength(1)
      expect(rows[0].data).toMatchObject({ status: "authorized", three_d_secure: { status: "approved" } })
      expect((await variantBySku(db, SKU)).reserved).toBe(1)
    })

    it("fail: the cart stays open with a clear decline and can be paid with another card", async () => {
      const { shopper, path } = await challengedShopper()
      const failed = await answer(path, "fail")
      expect(failed.status).toBe(200)
      expect(String(failed.data)).toContain('data-status="failed"')

      const res = await shopper.complete()
      expect(res.status).toBe(200)
      expect(res.data.type).toBe("cart")
      expect(res.data.error.type).toBe("payment_authorization_error")
      expect(res.data.error.message).toMatch(/declined \(authentication_failed\): 3-D Secure authentication failed/)
      expect(await count(db, `select 1 from "order"`)).toBe(0)
      expect(await count(db, "select 1 from payment")).toBe(0)
      expect((await variantBySku(db, SKU)).reserved).toBe(0)
      expect((await shopper.cart()).completed_at).toBeNull()

      await shopper.payWithCard(TEST_CARDS.authorized)
      const retry = await shopper.complete()
      expect(retry.data.type).toBe("order")
    })

    it("answers JSON clients with the session's new state", async () => {
      const { path, sessionId } = await challengedShopper()
      const res = await http.post(path, { decision: "approve" }, { validateStatus: () => true })
      expect(res.status).toBe(200)
      expect(res.data).toEqual({
        payment_session: { id: sessionId, status: "pending" },
        three_d_secure: { status: "approved" },
      })
    })

    it("accepts one answer only: a second one is refused and changes nothing", async () => {
      const { shopper, path } = await challengedShopper()
      expect((await answer(path, "fail")).status).toBe(200)
      const again = await answer(path, "approve")
      expect(again.status).toBe(400)
      expect(String(again.data)).toContain("already answered (failed)")
      const session = (await shopper.cart()).payment_collection.payment_sessions[0]
      expect(session.data.three_d_secure.status).toBe("failed")
      const shown = await page(path)
      expect(String(shown.data)).toContain('data-status="failed"')
      expect(String(shown.data)).not.toContain("<form")
    })

    it("refuses a wrong challenge token, an unknown session and a bad decision", async () => {
      const { path, sessionId } = await challengedShopper()
      const wrongToken = `/payment-mock/3ds/${sessionId}/${"0".repeat(32)}`
      expect((await page(wrongToken)).status).toBe(404)
      expect((await answer(wrongToken, "approve")).status).toBe(404)
      expect((await page(`/payment-mock/3ds/payses_unknown/${"a".repeat(32)}`)).status).toBe(404)

      const bad = await http.post(path, { decision: "maybe" }, { validateStatus: () => true })
      expect(bad.status).toBe(400)
      const missing = await http.post(path, {}, { validateStatus: () => true })
      expect(missing.status).toBe(400)
      const session = await db.raw("select data from payment_session where id = ?", [sessionId])
      expect((session.rows[0].data as { three_d_secure: { status: string } }).three_d_secure.status).toBe("pending")
    })

    it("never reflects markup from the address into the page", async () => {
      const res = await page(`/payment-mock/3ds/%3Cscript%3Ealert(1)%3C%2Fscript%3E/%22%3E%3Cimg%20src%3Dx%3E`)
      expect(res.status).toBe(404)
      expect(String(res.data)).not.toMatch(/<script|<img/)
    })

    it("has no challenge for a card that does not need one", async () => {
      const { variant_id } = await variantBySku(db, SKU)
      const shopper = new Shopper(http, store.publishableKey)
      await shopper.fillCart(store.regionId, variant_id)
      const session = await shopper.payWithCard(TEST_CARDS.authorized)
      expect(session.data.three_d_secure).toBeUndefined()
      expect((await page(`/payment-mock/3ds/${session.id}/${"a".repeat(32)}`)).status).toBe(404)
    })
  },
})
