import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import { ChangeListener } from "./change-listener"
import type { ConnectionSettings } from "./change-listener"
import { ProductIndexEntry } from "./models/product-index-entry"
import { ResponseCache, toCachedResponse } from "./response-cache"
import type { CachedResponse } from "./response-cache"
import type { ProductIndexOrder, ProductIndexPage, ProductRating, ProductIndexRow, ProductIndexSearch, ProductIndexWriteUndo } from "./types"

/** Channel the writers NOTIFY on commit; every process LISTENs to drop its cache (see change-listener.ts). */
export const PRODUCT_INDEX_CHANNEL = "shop_product_index_changed"

// The only SQL fragments not passed as parameters: a fixed ORDER BY per
// allowed `order` value, chosen by key, never built from input.
const ORDER_BY: Record<ProductIndexOrder, string> = {
  name: `sort_name asc, id asc`,
  price: `price asc nulls last, sort_name asc, id asc`,
  "-price": `price desc nulls last, sort_name asc, id asc`,
  created_at: `product_created_at asc, id asc`,
  "-created_at": `product_created_at desc, id desc`,
}

// Key order is the contract's (name, image, price, description, brand,
// stock), then the extra fields it allows. row_to_json keeps the column
// order and writes compact JSON.
// `rating` and `rating_count` come from product_index_rating (see setProductRatings),
// looked up by primary key per row of the page.
const DOCUMENT_COLUMNS =
  "e.name, e.image, e.price, e.description, e.brand, e.stock, e.id, e.handle, e.currency_code, " +
  "r.rating::float8 as rating, coalesce(r.rating_count, 0) as rating_count"
const DOCUMENT = `row_to_json((select d from (select ${DOCUMENT_COLUMNS}) d))`
const RATING_JOIN = "left join product_index_rating r on r.product_id = e.id"

const COLUMNS = [
  "id",
  "name",
  "handle",
  "description",
  "image",
  "price",
  "currency_code",
  "brand",
  "brand_key",
  "stock",
  "search_text",
  "sort_name",
  "product_created_at",
] as const

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex; [ContainerRegistrationKeys.LOGGER]: Logger }

/**
 * Owns product_index_entry. Reads are single parameterized statements that
 * return the response JSON built by PostgreSQL; writes are one transaction
 * that NOTIFYs the other processes on commit.
 */
class ProductIndexModuleService extends MedusaService({ ProductIndexEntry }) {
  protected readonly knex_: Knex
  protected readonly cache_ = new ResponseCache()
  protected readonly listener_: ChangeListener

  // Medusa calls these when the application starts and stops.
  readonly __hooks = {
    onApplicationStart: async () => this.listener_.start(),
    onApplicationShutdown: async () => await this.listener_.stop(),
  }

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
    const logger = dependencies[ContainerRegistrationKeys.LOGGER]
    this.listener_ = new ChangeListener(
      connectionSettingsOf(this.knex_),
      PRODUCT_INDEX_CHANNEL,
      {
        onUp: () => this.cache_.setEnabled(true),
        onDown: () => this.cache_.setEnabled(false),
        onChange: () => this.cache_.invalidate(),
      },
      logger
    )
  }

  /** A listing response, from the cache when it is known to be current. */
  async listingResponse(search: ProductIndexSearch): Promise<CachedResponse> {
    const key = `list:${search.order}:${search.limit}:${search.offset}:${search.brand ?? ""}:${search.q ?? ""}`
    const response = await this.cache_.get(key, async () => {
      const page = await this.searchEntries(search)
      return toCachedResponse(page.json, page.total)
    })
    // A listing always has a response (possibly "[]").
    return response as CachedResponse
  }

  /** One product's response, or null when it is not in the index (unknown, unpublished, deleted). */
  async detailResponse(id: string): Promise<CachedResponse | null> {
    return await this.cache_.get(`one:${id}`, async () => {
      const json = await this.retrieveEntryJson(id)
      return json === null ? null : toCachedResponse(json, null)
    })
  }

  /** Drops this process's cached responses (after its own writes; other processes hear the NOTIFY). */
  invalidateCache(): void {
    this.cache_.invalidate()
  }

  /** The page and the total count, in one statement. */
  async searchEntries(search: ProductIndexSearch): Promise<ProductIndexPage> {
    const orderBy = ORDER_BY[search.order]
    const { rows } = await this.knex_.raw<{ rows: { total: number; json: string }[] }>(
      `with matched as (
         select * from product_index_entry
         where deleted_at is null
           and (?::text is null or strpos(search_text, ?::text) > 0)
           and (?::text is null or brand_key = ?::text)
       ),
       page as (
         select ${DOCUMENT}::text as doc, row_number() over (order by ${orderBy}) as position
         from matched e ${RATING_JOIN}
         order by ${orderBy}
         limit ?::int offset ?::bigint
       )
       select
         (select count(*) from matched)::int as total,
         '[' || coalesce((select string_agg(doc, ',' order by position) from page), '') || ']' as json`,
      [search.q ?? null, search.q ?? null, search.brand ?? null, search.brand ?? null, search.limit, search.offset]
    )
    return { total: Number(rows[0].total), json: rows[0].json }
  }

  /** One product's document as JSON text, or null. */
  async retrieveEntryJson(id: string): Promise<string | null> {
    const { rows } = await this.knex_.raw<{ rows: { json: string }[] }>(
      `select ${DOCUMENT}::text as json from product_index_entry e ${RATING_JOIN} where e.id = ? and e.deleted_at is null`,
      [id]
    )
    return rows[0]?.json ?? null
  }

  /**
   * Writes the rows, removes the given ids (or, with replaceAll, every row
   * not written) in one transaction, and returns what it replaced.
   */
  async writeEntries(input: {
    rows: ProductIndexRow[]
    removeIds: string[]
    replaceAll: boolean
  }): Promise<ProductIndexWriteUndo> {
    const writtenIds = input.rows.map((r) => r.id)
    const undo = await this.knex_.transaction(async (trx) => {
      const touched = input.replaceAll ? null : [...new Set([...writtenIds, ...input.removeIds])]
      const previous = await this.selectRows(trx, touched)
      if (input.replaceAll) {
        await trx.raw(`delete from product_index_entry where not (id = any(?::text[]))`, [writtenIds])
      } else if (input.removeIds.length) {
        await trx.raw(`delete from product_index_entry where id = any(?::text[])`, [input.removeIds])
      }
      await this.upsertRows(trx, input.rows)
      await trx.raw(`select pg_notify(?, ?)`, [PRODUCT_INDEX_CHANNEL, String(Date.now())])
      const touchedIds = touched ?? [...new Set([...writtenIds, ...previous.map((r) => r.id)])]
      return { previous, touched_ids: touchedIds }
    })
    this.cache_.invalidate()
    return undo
  }

  /**
   * Sets the stock of indexed products (the per-order path: reservations move
   * only stock) in one transaction that NOTIFYs when a value changed. Returns
   * which of `watchIds` have a row, so the caller can send products whose row
   * is missing (or should go) through the full refresh.
   */
  async writeStock(rows: { id: string; stock: number }[], watchIds: string[]): Promise<{ present: string[]; changed: number }> {
    const result = await this.knex_.transaction(async (trx) => {
      const { rows: out } = await trx.raw<{ rows: { present: string[]; changed: number }[] }>(
        `with input as (select r.id, r.stock from json_to_recordset(?::json) as r(id text, stock integer)),
         changed as (
           update product_index_entry e set stock = input.stock, updated_at = now()
             from input
            where e.id = input.id and e.deleted_at is null and e.stock is distinct from input.stock
           returning e.id
         )
         select coalesce((select array_agg(id) from product_index_entry where id = any(?::text[]) and deleted_at is null), '{}') as present,
                (select count(*) from changed)::int as changed`,
        [JSON.stringify(rows), watchIds]
      )
      if (out[0].changed > 0) {
        await trx.raw(`select pg_notify(?, ?)`, [PRODUCT_INDEX_CHANNEL, String(Date.now())])
      }
      return out[0]
    })
    if (result.changed > 0) this.cache_.invalidate()
    return { present: result.present, changed: Number(result.changed) }
  }

  /** Puts back the rows a write replaced (the compensation of writeEntries). */
  async restoreEntries(undo: ProductIndexWriteUndo): Promise<void> {
    await this.knex_.transaction(async (trx) => {
      if (undo.touched_ids.length) {
        await trx.raw(`delete from product_index_entry where id = any(?::text[])`, [undo.touched_ids])
      }
      await this.upsertRows(trx, undo.previous)
      await trx.raw(`select pg_notify(?, ?)`, [PRODUCT_INDEX_CHANNEL, String(Date.now())])
    })
    this.cache_.invalidate()
  }

  /**
   * Sets the rating shown with products (the reviews plugin calls this after
   * every change of a product's review aggregate) and drops every process's
   * cached responses. `rating` null with count 0 means "no ratings".
   */
  async setProductRatings(ratings: ProductRating[]): Promise<void> {
    if (!ratings.length) return
    await this.knex_.transaction(async (trx) => {
      await trx.raw(
        `insert into product_index_rating (product_id, rating, rating_count, updated_at)
         select r.product_id, r.rating, r.rating_count, now()
         from json_to_recordset(?::json) as r(product_id text, rating numeric, rating_count integer)
         on conflict (product_id) do update set
           rating = excluded.rating, rating_count = excluded.rating_count, updated_at = now()`,
        [JSON.stringify(ratings)]
      )
      await trx.raw(`select pg_notify(?, ?)`, [PRODUCT_INDEX_CHANNEL, String(Date.now())])
    })
    this.cache_.invalidate()
  }

  async countEntries(): Promise<number> {
    const { rows } = await this.knex_.raw<{ rows: { n: number }[] }>(
      `select count(*)::int as n from product_index_entry where deleted_at is null`
    )
    return Number(rows[0].n)
  }

  private async selectRows(trx: Knex.Transaction, ids: string[] | null): Promise<ProductIndexRow[]> {
    const where = ids === null ? "" : "where id = any(?::text[])"
    const { rows } = await trx.raw<{ rows: ProductIndexRow[] }>(
      `select ${COLUMNS.join(", ")}, to_json(product_created_at)#>>'{}' as product_created_at_text
       from product_index_entry ${where}`,
      ids === null ? [] : [ids]
    )
    return rows.map((row) => {
      const { product_created_at_text, ...rest } = row as ProductIndexRow & { product_created_at_text: string }
      return { ...rest, product_created_at: product_created_at_text, price: row.price === null ? null : String(row.price) }
    })
  }

  private async upsertRows(trx: Knex.Transaction, rows: ProductIndexRow[]): Promise<void> {
    if (!rows.length) return
    // One statement for the batch: the rows travel as a single JSON parameter.
    await trx.raw(
      `insert into product_index_entry (${COLUMNS.join(", ")}, raw_price, updated_at)
       select r.id, r.name, r.handle, r.description, r.image, r.price::numeric, r.currency_code, r.brand, r.brand_key,
              r.stock, r.search_text, r.sort_name, r.product_created_at,
              case when r.price is null then null else jsonb_build_object('value', r.price, 'precision', 20) end,
              now()
       from json_to_recordset(?::json) as r(
         id text, name text, handle text, description text, image text, price text, currency_code text, brand text,
         brand_key text, stock integer, search_text text, sort_name text, product_created_at timestamptz)
       on conflict (id) do update set
         name = excluded.name, handle = excluded.handle, description = excluded.description, image = excluded.image,
         price = excluded.price, raw_price = excluded.raw_price, currency_code = excluded.currency_code,
         brand = excluded.brand, brand_key = excluded.brand_key, stock = excluded.stock,
         search_text = excluded.search_text, sort_name = excluded.sort_name,
         product_created_at = excluded.product_created_at, updated_at = now(), deleted_at = null`,
      [JSON.stringify(rows)]
    )
  }
}

/** The pg settings of the module's own pool, for the LISTEN connection. */
function connectionSettingsOf(knex: Knex): ConnectionSettings {
  const connection = knex.client.config.connection
  if (typeof connection === "string") {
    return { connectionString: connection }
  }
  if (connection && typeof connection === "object") {
    const c = connection as Record<string, unknown>
    const settings: ConnectionSettings = {}
    if (typeof c.connectionString === "string") settings.connectionString = c.connectionString
    if (typeof c.host === "string") settings.host = c.host
    if (typeof c.port === "number") settings.port = c.port
    if (typeof c.user === "string") settings.user = c.user
    if (typeof c.password === "string") settings.password = c.password
    if (typeof c.database === "string") settings.database = c.database
    if (typeof c.ssl === "boolean" || (typeof c.ssl === "object" && c.ssl !== null)) {
      settings.ssl = c.ssl as ConnectionSettings["ssl"]
    }
    return settings
  }
  return {}
}

export default ProductIndexModuleService
