import { placeOrder, TEST_CARDS } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { expectStatus } from "../../../tests/helpers/http"
import { cancelOrder, capturePayment, fulfilOrder, shipFulfillment } from "../../../tests/helpers/order-fixtures"
import { openShop, productByHandle } from "../../../tests/helpers/store-fixtures"
import type { Product, ShopClient } from "../../../tests/helpers/store-fixtures"
import { review } from "./helpers"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(300000)

// Reviews over HTTP against real PostgreSQL: verified buyers (a real order paid
// with the mock card), moderation, aggregates, votes, validation, ownership.
shopIntegrationRunner({
  env: { REVIEWS_ALLOW_UNVERIFIED: "false", REVIEWS_AUTO_APPROVE_MIN_RATING: "" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let potatoes: Product
    let carrots: Product
    const buyers: Customer[] = []
    let stranger: Customer

    const createReview = (productId: string, body: unknown, token?: string) =>
      client.store("post", `/store/products/${productId}/reviews`, { token, body })
    const listReviews = (productId: string, query = "") => client.store("get", `/store/products/${productId}/reviews${query}`)
    const moderate = (ids: string[], status: string) => client.admin("post", "/admin/reviews", { ids, status })
    // Every test starts from the state after beforeAll (the runner restores the database), so each writes its own reviews.
    const write = async (pairs: [number, number][], approve: boolean): Promise<string[]> => {
      const ids: string[] = []
      for (const [buyer, rating] of pairs) {
        const res = await createReview(potatoes.id, review({ rating, title: `Rated ${rating} by ${buyer}` }), buyers[buyer].token)
        expectStatus(res, 201, "write review")
        ids.push(res.data.review.id)
      }
      if (approve) expectStatus(await moderate(ids, "approved"), 200, "approve")
      return ids
    }
    const apiV1Product = async (productId: string) => {
      const res = await http.get(`/api/v1/product/${productId}/`)
      return { rating: res.data.rating, rating_count: res.data.rating_count }
    }

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      potatoes = await productByHandle(client, "waxy-potatoes")
      carrots = await productByHandle(client, "organic-carrots")
      for (let i = 0; i < 3; i++) {
        const buyer = await registerCustomer(client, `buyer${i}`)
        await placeOrder(client, { customer: buyer, items: [{ handle: "waxy-potatoes" }], card: TEST_CARDS.authorized })
        buyers.push(buyer)
      }
      stranger = await registerCustomer(client, "stranger")
    })

    describe("writing a review", () => {
      it("a buyer's review is verified and pending; a second create edits it (201, then 200)", async () => {
        const first = await createReview(potatoes.id, review({ rating: 4 }), buyers[0].token)
        expect(first.status).toBe(201)
        expect(first.data.review).toMatchObject({
          product_id: potatoes.id,
          rating: 4,
          title: "Good potatoes",
          status: "pending",
          verified_purchase: true,
          helpful_count: 0,
          author_name: "buyer0 T.",
          product: { id: potatoes.id, title: potatoes.title },
        })
        expect(first.data.review).not.toHaveProperty("customer_id")

        const second = await createReview(potatoes.id, review({ rating: 5, title: "Even better" }), buyers[0].token)
        expect(second.status).toBe(200)
        expect(second.data.review).toMatchObject({ id: first.data.review.id, rating: 5, title: "Even better", status: "pending" })
        const { rows } = await db.raw("select count(*)::int as n from review where customer_id = ? and deleted_at is null", [buyers[0].id])
        expect(rows[0].n).toBe(1)

        // pending reviews are not public and not counted
        const list = await listReviews(potatoes.id)
        expect(list.status).toBe(200)
        expect(list.data.reviews).toEqual([])
        expect(list.data.aggregate).toEqual({ average: null, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
      })

      it("refuses a customer who did not buy the product (403), an anonymous client (401), an unknown product (404)", async () => {
        const notBought = await createReview(carrots.id, review(), buyers[0].token)
        expect(notBought.status).toBe(403)
        expect(notBought.data.message).toMatch(/bought/)
        expect((await createReview(potatoes.id, review())).status).toBe(401)
        const unknown = await createReview("prod_does_not_exist", review(), buyers[0].token)
        expect(unknown.status).toBe(404)
        expect((await listReviews("prod_does_not_exist")).status).toBe(404)
      })

      it("does not count a fully refunded order as a purchase, but a partly refunded one still counts", async () => {
        const refunded = await registerCustomer(client, "refunded")
        const order = await placeOrder(client, { customer: refunded, items: [{ handle: "organic-carrots" }], card: TEST_CARDS.authorized })
        const paymentId = await capturePayment(client, order.id)
        expectStatus(await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount: 1 }), 200, "partial refund")
        expect((await createReview(carrots.id, review(), refunded.token)).status).toBe(201)

        const rest = Number((order.total - 1).toFixed(2))
        expectStatus(await client.admin("post", `/admin/payments/${paymentId}/refund`, { amount: rest }), 200, "refund the rest")
        // Editing asks again: the refunded purchase no longer verifies the review.
        const mine = await client.store("get", "/store/customers/me/reviews", { token: refunded.token })
        const edited = await client.store("post", `/store/reviews/${mine.data.reviews[0].id}`, { token: refunded.token, body: { rating: 2 } })
        expectStatus(edited, 200, "edit review")
        expect(edited.data.review.verified_purchase).toBe(false)
      })

      it("does not count a canceled order as a purchase", async () => {
        const canceler = await registerCustomer(client, "canceler")
        const order = await placeOrder(client, { customer: canceler, items: [{ handle: "organic-carrots" }], card: TEST_CARDS.authorized })
        await cancelOrder(client, order.id)
        expect((await createReview(carrots.id, review(), canceler.token)).status).toBe(403)
      })

      it.each([
        ["rating 0", { rating: 0 }, "rating"],
        ["rating 6", { rating: 6 }, "rating"],
        ["rating 3.5", { rating: 3.5 }, "rating"],
        ["rating as a string", { rating: "5" }, "rating"],
        ["rating null", { rating: null }, "rating"],
        ["rating missing", { rating: undefined }, "rating"],
        ["title missing", { title: undefined }, "title"],
        ["title empty", { title: "   " }, "title"],
        ["title a number", { title: 42 }, "title"],
        ["title 121 characters", { title: "x".repeat(121) }, "title"],
        ["title with a line break", { title: "one\ntwo" }, "title"],
        ["body 2001 characters", { body: "y".repeat(2001) }, "body"],
        ["body an object", { body: { html: "<b>x</b>" } }, "body"],
        ["body with a NUL", { body: "a\u0000b" }, "body"],
        ["an unknown field", { status: "approved" }, "status"],
      ])("answers 400 for %s, writing nothing", async (_name, change, field) => {
        const before = await db.raw("select count(*)::int as n, max(updated_at) as t from review")
        const res = await createReview(potatoes.id, review(change), buyers[1].token)
        expect(res.status).toBe(400)
        expect(String(res.data.message)).toContain(field)
        const after = await db.raw("select count(*)::int as n, max(updated_at) as t from review")
        expect(after.rows[0]).toEqual(before.rows[0])
      })

      it("answers 400 for a body that is not JSON or not an object", async () => {
        const raw = await client.store("post", `/store/products/${potatoes.id}/reviews`, {
          token: buyers[1].token,
          body: "rating=5",
          headers: { "content-type": "application/json" },
        })
        expect(raw.status).toBe(400)
        expect((await createReview(potatoes.id, [1, 2], buyers[1].token)).status).toBe(400)
      })

      it("accepts exactly 120 and 2000 characters, and keeps markup as plain text", async () => {
        const res = await createReview(
          potatoes.id,
          review({ title: "t".repeat(120), body: `<script>alert(1)</script>${"b".repeat(1975)}` }),
          buyers[2].token
        )
        expect(res.status).toBe(201)
        expect(res.data.review.title).toHaveLength(120)
        expect(res.data.review.body.startsWith("<script>alert(1)</script>")).toBe(true)
        expect((await client.store("delete", `/store/reviews/${res.data.review.id}`, { token: buyers[2].token })).status).toBe(200)
      })
    })

    describe("moderation and aggregates", () => {
      it("counts approved reviews only, and follows approve, reject, edit and delete", async () => {
        const ids: string[] = []
        for (const [i, rating] of [
          [0, 4],
          [1, 5],
          [2, 4],
        ] as const) {
          const res = await createReview(potatoes.id, review({ rating, title: `Rated ${rating} by ${i}` }), buyers[i].token)
          expect([200, 201]).toContain(res.status)
          ids.push(res.data.review.id)
        }
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: null, rating_count: 0 })

        expect((await moderate(ids, "approved")).status).toBe(200)
        let list = await listReviews(potatoes.id)
        expect(list.data.count).toBe(3)
        // 13 / 3 = 4.333… → 4.33
        expect(list.data.aggregate).toEqual({ average: 4.33, count: 3, histogram: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } })
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: 4.33, rating_count: 3 })
        const catalogue = await http.get("/api/v1/product/?limit=200")
        expect(catalogue.data.find((p: { id: string }) => p.id === potatoes.id)).toMatchObject({ rating: 4.33, rating_count: 3 })

        // editing an approved review sends it back to moderation and out of the aggregate
        const edited = await client.store("patch", `/store/reviews/${ids[1]}`, { token: buyers[1].token, body: { rating: 1 } })
        expect(edited.status).toBe(200)
        expect(edited.data.review).toMatchObject({ rating: 1, status: "pending" })
        list = await listReviews(potatoes.id)
        expect(list.data.aggregate).toEqual({ average: 4, count: 2, histogram: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 0 } })
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: 4, rating_count: 2 })

        expect((await moderate([ids[1]], "approved")).status).toBe(200)
        expect((await listReviews(potatoes.id)).data.aggregate).toEqual({
          average: 3,
          count: 3,
          histogram: { 1: 1, 2: 0, 3: 0, 4: 2, 5: 0 },
        })

        // reject takes it out again; approving twice changes nothing
        expect((await client.admin("post", `/admin/reviews/${ids[0]}`, { status: "rejected" })).status).toBe(200)
        expect((await moderate([ids[1]], "approved")).data.changed).toEqual([])
        expect((await listReviews(potatoes.id)).data.aggregate).toMatchObject({ average: 2.5, count: 2 })

        // the author deletes an approved review
        expect((await client.store("delete", `/store/reviews/${ids[2]}`, { token: buyers[2].token })).status).toBe(200)
        expect((await listReviews(potatoes.id)).data.aggregate).toEqual({
          average: 1,
          count: 1,
          histogram: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 },
        })
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: 1, rating_count: 1 })

        // the aggregate row equals a recount
        const { rows } = await db.raw(
          `select a.rating_count, a.rating_sum,
                  (select count(*)::int from review r where r.product_id = a.product_id and r.status = 'approved' and r.deleted_at is null) as n,
                  (select coalesce(sum(rating), 0)::int from review r where r.product_id = a.product_id and r.status = 'approved' and r.deleted_at is null) as s
             from review_aggregate a where a.product_id = ?`,
          [potatoes.id]
        )
        expect(rows[0]).toEqual({ rating_count: rows[0].n, rating_sum: rows[0].s, n: 1, s: 1 })

        // the author may write a new one after deleting
        const again = await createReview(potatoes.id, review({ rating: 5, title: "Back again" }), buyers[2].token)
        expect(again.status).toBe(201)
        expect((await moderate([again.data.review.id, ids[0]], "approved")).status).toBe(200)
        // 1 + 5 + 4 = 10 over 3
        expect((await listReviews(potatoes.id)).data.aggregate).toMatchObject({ average: 3.33, count: 3 })
      })

      it("the hourly repair job brings a lost or altered product-index copy back to the aggregates", async () => {
        await write(
          [
            [0, 4],
            [1, 5],
          ],
          true
        )
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: 4.5, rating_count: 2 })
        const copy = async (productId: string) =>
          (await db.raw("select rating::float8 as rating, rating_count from product_index_rating where product_id = ?", [productId])).rows
        // altered behind the workflows' back
        await db.raw("update product_index_rating set rating = 1, rating_count = 99 where product_id = ?", [potatoes.id])
        expect(await copy(potatoes.id)).toEqual([{ rating: 1, rating_count: 99 }])

        const { default: republishProductRatingsJob, config } = await import("../src/jobs/republish-product-ratings")
        expect(config.schedule).toBe("41 * * * *")
        await republishProductRatingsJob(getContainer())
        expect(await copy(potatoes.id)).toEqual([{ rating: 4.5, rating_count: 2 }])
        expect(await apiV1Product(potatoes.id)).toEqual({ rating: 4.5, rating_count: 2 })

        // lost altogether
        await db.raw("delete from product_index_rating where product_id = ?", [potatoes.id])
        expect(await copy(potatoes.id)).toEqual([])
        await republishProductRatingsJob(getContainer())
        expect(await copy(potatoes.id)).toEqual([{ rating: 4.5, rating_count: 2 }])
      })

      it("bulk moderation is all or none: an unknown id is 404 and changes nothing", async () => {
        await write([[0, 5]], true)
        const { rows } = await db.raw("select id, status from review where deleted_at is null and status = 'approved' limit 1")
        const res = await moderate([String(rows[0].id), "rev_unknown"], "rejected")
        expect(res.status).toBe(404)
        const after = await db.raw("select status from review where id = ?", [rows[0].id])
        expect(after.rows[0].status).toBe("approved")
        expect((await moderate([], "approved")).status).toBe(400)
        expect((await moderate([String(rows[0].id)], "published")).status).toBe(400)
      })

      it("lists, filters and replies in the admin; the reply shows in the store", async () => {
        await write([[0, 4], [1, 5], [2, 1]], true)
        const all = await client.admin("get", `/admin/reviews?product_id=${potatoes.id}&status=approved&rating=4,5`)
        expect(all.status).toBe(200)
        expect(all.data.reviews.length).toBeGreaterThan(0)
        for (const r of all.data.reviews) {
          expect(r.status).toBe("approved")
          expect([4, 5]).toContain(r.rating)
          expect(r.customer.email).toMatch(/@example\.test$/)
        }
        expect(all.data.aggregate.count).toBe(3)
        expect(all.data.reviews).toHaveLength(2)
        expect((await client.admin("get", "/admin/reviews?status=bogus")).status).toBe(400)
        expect((await client.admin("get", "/admin/reviews?rating=0")).status).toBe(400)

        const target = all.data.reviews[0]
        const replied = await client.admin("post", `/admin/reviews/${target.id}`, { reply: "Thank you! <b>We</b> grow them ourselves." })
        expect(replied.status).toBe(200)
        expect(replied.data.review.reply).toBe("Thank you! <b>We</b> grow them ourselves.")
        expect(replied.data.review.replied_at).toEqual(expect.any(String))
        const store = await listReviews(potatoes.id)
        expect(store.data.reviews.find((r: { id: string }) => r.id === target.id).reply).toBe("Thank you! <b>We</b> grow them ourselves.")
        expect((await client.admin("post", `/admin/reviews/${target.id}`, { reply: "z".repeat(2001) })).status).toBe(400)
        expect((await client.admin("post", `/admin/reviews/rev_nope`, { reply: "hi" })).status).toBe(404)
        const removed = await client.admin("post", `/admin/reviews/${target.id}`, { reply: null })
        expect(removed.data.review).toMatchObject({ reply: null, replied_at: null })
        expect((await client.store("get", "/admin/reviews")).status).toBe(401)
      })
    })

    describe("reading, sorting and votes", () => {
      it("sorts by newest, highest, lowest and most helpful, and pages", async () => {
        await write([[0, 4], [1, 5], [2, 1]], true)
        const ratings = async (sort: string) =>
          (await listReviews(potatoes.id, `?sort=${sort}`)).data.reviews.map((r: { rating: number }) => r.rating)
        expect(await ratings("highest")).toEqual([5, 4, 1])
        expect(await ratings("lowest")).toEqual([1, 4, 5])
        const newest = (await listReviews(potatoes.id, "?sort=newest")).data.reviews.map((r: { created_at: string }) => r.created_at)
        expect([...newest].sort().reverse()).toEqual(newest)
        const page = await listReviews(potatoes.id, "?sort=highest&limit=1&offset=1")
        expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.data.reviews.map((r: { rating: number }) => r.rating)).toEqual([4])
        for (const bad of ["?sort=random", "?limit=0", "?limit=101", "?offset=-1", "?limit=abc"]) {
          expect({ bad, status: (await listReviews(potatoes.id, bad)).status }).toEqual({ bad, status: 400 })
        }
      })

      it("takes one helpful vote per customer (second → 409), none for one's own or a hidden review", async () => {
        await write([[0, 4], [1, 5]], true)
        await write([[2, 3]], false)
        const list = await listReviews(potatoes.id, "?sort=lowest")
        const target = list.data.reviews[list.data.reviews.length - 1]
        const vote = (token?: string, id = target.id) => client.store("post", `/store/reviews/${id}/helpful`, { token })

        const first = await vote(stranger.token)
        expect(first.status).toBe(201)
        expect(first.data).toEqual({ review_id: target.id, helpful_count: 1, voted_helpful: true })
        const second = await vote(stranger.token)
        expect(second.status).toBe(409)
        expect(second.data.message).toMatch(/already/)
        expect((await vote()).status).toBe(401)

        const owner = buyers[1]
        expect(target.title).toBe("Rated 5 by 1")
        expect((await vote(owner.token)).status).toBe(400)
        expect((await vote(stranger.token, "rev_unknown")).status).toBe(404)
        const pending = await db.raw("select id from review where status = 'pending'")
        expect(pending.rows).toHaveLength(1)
        expect((await vote(stranger.token, String(pending.rows[0].id))).status).toBe(404)

        const helpful = await client.store("get", `/store/products/${potatoes.id}/reviews?sort=helpful`, { token: stranger.token })
        expect(helpful.data.reviews[0]).toMatchObject({ id: target.id, helpful_count: 1, voted_helpful: true })
        const { rows } = await db.raw("select count(*)::int as n from review_helpful_vote where review_id = ?", [target.id])
        expect(rows[0].n).toBe(1)
      })

      it("counts concurrent votes of different customers exactly", async () => {
        await write([[0, 4]], true)
        const list = await listReviews(potatoes.id, "?sort=highest")
        const target = list.data.reviews[0]
        const voters = await Promise.all([1, 2, 3, 4].map((i) => registerCustomer(client, `voter${i}`)))
        const answers = await Promise.all(
          voters.flatMap((v) => [v, v]).map((v) => client.store("post", `/store/reviews/${target.id}/helpful`, { token: v.token }))
        )
        expect(answers.filter((a) => a.status === 201)).toHaveLength(4)
        expect(answers.filter((a) => a.status === 409)).toHaveLength(4)
        const { rows } = await db.raw("select helpful_count from review where id = ?", [target.id])
        expect(rows[0].helpful_count).toBe(target.helpful_count + 4)
      })

      it("lists the customer's own reviews with their status", async () => {
        const [id] = await write([[1, 5]], false)
        expectStatus(await moderate([id], "rejected"), 200, "reject")
        const mine = await client.store("get", "/store/customers/me/reviews", { token: buyers[1].token })
        expect(mine.status).toBe(200)
        expect(mine.data.count).toBe(1)
        expect(mine.data.reviews[0]).toMatchObject({ id, status: "rejected", product: { id: potatoes.id, title: potatoes.title } })
        const none = await client.store("get", "/store/customers/me/reviews", { token: stranger.token })
        expect(none.data).toMatchObject({ count: 0, reviews: [] })
        expect((await client.store("get", "/store/customers/me/reviews")).status).toBe(401)
      })
    })

    describe("only the author edits or deletes", () => {
      it("answers 404 to another customer and to anonymous clients, changing nothing", async () => {
        await write([[1, 4]], true)
        const mine = await client.store("get", "/store/customers/me/reviews", { token: buyers[1].token })
        const id = mine.data.reviews[0].id
        const before = await db.raw("select rating, title, status, deleted_at from review where id = ?", [id])
        expect((await client.store("patch", `/store/reviews/${id}`, { token: stranger.token, body: { rating: 5 } })).status).toBe(404)
        expect((await client.store("patch", `/store/reviews/${id}`, { body: { rating: 5 } })).status).toBe(404)
        expect((await client.store("post", `/store/reviews/${id}`, { token: stranger.token, body: { title: "Mine now" } })).status).toBe(404)
        expect((await client.store("delete", `/store/reviews/${id}`, { token: stranger.token })).status).toBe(404)
        expect((await client.store("delete", `/store/reviews/${id}`)).status).toBe(404)
        const after = await db.raw("select rating, title, status, deleted_at from review where id = ?", [id])
        expect(after.rows[0]).toEqual(before.rows[0])
        // the author's own bad edit is still a 400
        expect((await client.store("patch", `/store/reviews/${id}`, { token: buyers[1].token, body: { rating: 9 } })).status).toBe(400)
        expect((await client.store("patch", `/store/reviews/${id}`, { token: buyers[1].token, body: {} })).status).toBe(400)
      })
    })

    describe("personal data", () => {
      it("exports the customer's reviews and anonymises them on erasure, keeping the aggregate", async () => {
        await write([[0, 4], [1, 2]], true)
        const container = getContainer()
        const { exportReviewsSectionWorkflow, eraseReviewsSectionWorkflow } = await import("../src/workflows/customer-data/reviews-section")
        const owner = buyers[0]
        const exported = await exportReviewsSectionWorkflow(container).run({ input: { customer_id: owner.id } })
        expect(exported.result.reviews).toEqual([expect.objectContaining({ product_id: potatoes.id, title: expect.any(String) })])

        const aggregateBefore = (await listReviews(potatoes.id)).data.aggregate
        await eraseReviewsSectionWorkflow(container).run({ input: { customer_id: owner.id } })
        await eraseReviewsSectionWorkflow(container).run({ input: { customer_id: owner.id } })
        const { rows } = await db.raw("select count(*)::int as n from review where customer_id = ?", [owner.id])
        expect(rows[0].n).toBe(0)
        expect((await listReviews(potatoes.id)).data.aggregate).toEqual(aggregateBefore)
        const again = await exportReviewsSectionWorkflow(container).run({ input: { customer_id: owner.id } })
        expect(again.result).toEqual({ reviews: [], helpful_votes: [] })
      })
    })

    describe("the review-request email", () => {
      it("mails orders shipped at least N days ago, once", async () => {
        const container = getContainer()
        const { sendDueReviewRequests } = await import("../src/lib/review-requests")
        const shopper = await registerCustomer(client, "shipped")
        const order = await placeOrder(client, { customer: shopper, items: [{ handle: "organic-carrots" }], card: TEST_CARDS.authorized })
        await capturePayment(client, order.id)
        const fulfillmentId = await fulfilOrder(client, order.id)
        expectStatus(
          await shipFulfillment(client, order.id, fulfillmentId, { labels: [{ tracking_number: "00340434160000000001" }] }),
          200,
          "ship"
        )
        // not yet due
        const now = await sendDueReviewRequests(container)
        expect(now.sent).not.toContain(order.id)
        const later = new Date(Date.now() + 8 * 24 * 3600 * 1000)
        const due = await sendDueReviewRequests(container, later)
        expect(due.sent).toContain(order.id)
        expect((await sendDueReviewRequests(container, later)).sent).not.toContain(order.id)

        const mails = await db.raw("select template, subject, html, status from email_delivery where idempotency_key = ?", [
          `review-request:${order.id}`,
        ])
        expect(mails.rows).toHaveLength(1)
        expect(mails.rows[0].template).toBe("review-request")
        expect(String(mails.rows[0].subject)).toContain(`#${order.display_id}`)
        expect(String(mails.rows[0].html)).toContain(`/products/${carrots.id}?review=1`)
        const requests = await db.raw("select sent_at from review_request where order_id = ?", [order.id])
        expect(requests.rows).toHaveLength(1)
        expect(requests.rows[0].sent_at).not.toBeNull()
      })
    })
  },
})
