import knex from "knex"
import type { Knex } from "knex"
import path from "node:path"
import { expect, newCustomer, test } from "../fixtures"
import { Screenshots } from "../pages/base-page"
import { RecommendationRails } from "../pages/recommendation-rails"

// Shoppers' history is written straight into the recommender's sources (the
// engagement plugin that records it is another plugin), then the state is
// rebuilt with the plugin's own code, as `npm run bench` does.
const ENGINE = path.join(__dirname, "..", "..", "..", "plugins", "recommendations", ".medusa", "server", "src", "modules", "recommendations", "pg-engine.js")

let db: Knex
test.beforeAll(async () => {
  db = knex({ client: "pg", connection: process.env.E2E_DATABASE_URL, pool: { min: 0, max: 1 } })
  // Rails recommend only what the product index says is in stock. The index rebuilds itself on its own
  // first request after a start (the seed ran in another process); ask for it, and wait until it holds
  // the whole published catalogue with its stock.
  expect((await fetch(`${process.env.E2E_BACKEND_URL}/api/v1/product/?limit=1`)).status).toBe(200)
  await expect
    .poll(
      async () => {
        const { rows } = await db.raw(
          `select (select count(*) from product where status = 'published' and deleted_at is null)::int as published,
                  (select count(*) from product_index_entry where deleted_at is null)::int as indexed,
                  (select count(*) from product_index_entry where deleted_at is null and stock > 0)::int as in_stock`
        )
        return rows[0].indexed === rows[0].published && rows[0].in_stock > 0
      },
      { timeout: 60000 }
    )
    .toBe(true)
})
test.afterAll(async () => {
  await db.destroy()
})

async function productId(name: string): Promise<string> {
  const { rows } = await db.raw(`select id from product_index_entry where name = ? and deleted_at is null`, [name])
  return rows[0].id
}

async function history(actor: string, items: [string, "view" | "wishlist" | "purchase"][]) {
  for (const [i, [name, kind]] of items.entries()) {
    const weight = { view: 1, wishlist: 2, purchase: 3 }[kind]
    await db.raw(
      `insert into recommendation_source (source_id, actor, product_id, kind, weight, occurred_at) values (?, ?, ?, ?, ?, now() - (? || ' minutes')::interval)`,
      [`e2e_${actor}_${i}`, actor, await productId(name), kind, weight, items.length - i]
    )
  }
}

async function rebuild() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rebuildAllInTransaction } = require(ENGINE) as { rebuildAllInTransaction: (trx: Knex.Transaction) => Promise<void> }
  await db.transaction((trx) => rebuildAllInTransaction(trx))
}

test("the rails show: cold start on home, also bought on a product page, a click opens the product", async ({ shop, page }, testInfo) => {
  const rails = new RecommendationRails(page, new Screenshots(page, testInfo))
  await shop.home.open()
  await expect(rails.cards("for-you")).toHaveCount(4)
  await expect(rails.personalized("for-you")).toHaveAttribute("data-personalized", "false")
  await expect(rails.rail("for-you").getByRole("heading", { name: "Recommended for you" })).toBeVisible()

  const first = (await rails.names("for-you"))[0]
  await rails.cards("for-you").first().getByTestId("product-card-link").click()
  await shop.product.expectLoaded(first)
  await expect(rails.rail("also-bought").getByRole("heading", { name: "Customers also bought" })).toBeVisible()
  await expect(rails.cards("also-bought")).not.toHaveCount(0)
  expect(await rails.names("also-bought")).not.toContain(first)
  await shop.screenshot("product-also-bought")
})

test("a logged-in customer's home rail follows what they bought", async ({ shop, page }, testInfo) => {
  const rails = new RecommendationRails(page, new Screenshots(page, testInfo))
  const customer = newCustomer()
  await shop.register.register(customer)
  const { rows } = await db.raw(`select id from customer where email = ? and deleted_at is null`, [customer.email])
  // Other shoppers buy Kiwi with Golden Kiwi (two of them look at Bananas too); this customer bought Kiwi.
  for (let i = 0; i < 4; i++) {
    const banana: [string, "view"][] = i < 2 ? [["Banana", "view"]] : []
    await history(`visitor:e2e-${testInfo.workerIndex}-${Date.now()}-${i}`, [["Kiwi", "purchase"], ["Golden Kiwi (4 Pack)", "purchase"], ...banana])
  }
  await history(`customer:${rows[0].id}`, [["Kiwi", "purchase"]])
  await rebuild()

  await shop.home.open()
  await expect(rails.personalized("for-you")).toHaveAttribute("data-personalized", "true")
  const names = await rails.names("for-you")
  expect(names[0]).toBe("Golden Kiwi (4 Pack)")
  expect(names).not.toContain("Kiwi")
  await shop.screenshot("home-recommended-for-you")

  await shop.catalogue.open("?q=kiwi")
  await shop.catalogue.openProduct("Kiwi")
  expect((await rails.names("also-bought"))[0]).toBe("Golden Kiwi (4 Pack)")
})
