import { model } from "@medusajs/framework/utils"

/**
 * What the store knows about a customer beyond Medusa's customer record:
 * the login name and the two optional fields of the specification. Names,
 * email and phone stay on Medusa's customer (linked one-to-one).
 *
 * `username_normalized` is the lower-cased username; the migration's unique
 * index on it makes usernames unique regardless of case, and a check keeps it
 * equal to lower(username) so the two cannot drift apart.
 */
export const CustomerProfile = model.define("customer_profile", {
  id: model.id({ prefix: "cprof" }).primaryKey(),
  username: model.text(),
  username_normalized: model.text(),
  title: model.text().nullable(),
  // A calendar date as "YYYY-MM-DD": no time zone can shift it.
  birthday: model.text().nullable(),
})
