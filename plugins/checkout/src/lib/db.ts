import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The shared PostgreSQL pool. The checkout reads what several modules own in
 * one parameterised statement each (a MikroORM round trip costs ~6× the CPU
 * of the same SELECT through knex); every write still goes through the
 * owning module's service.
 */
export function database(container: MedusaContainer): Knex {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

/** Rows of a parameterised statement (never build SQL from strings). */
export async function select<T>(knex: Knex, sql: string, bindings: readonly Knex.RawBinding[] = []): Promise<T[]> {
  const result = (await knex.raw(sql, bindings)) as { rows: T[] }
  return result.rows
}
