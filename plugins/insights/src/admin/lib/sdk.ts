import Medusa from "@medusajs/js-sdk"

/**
 * The admin's Medusa client. The dashboard is served by the backend itself,
 * so the same origin and the admin's session cookie are all it needs.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
