import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import type { Api, Db } from "../../plugins/customer-accounts/integration-tests/helpers"
import { bearer, client, login, newCustomer, register } from "../../plugins/customer-accounts/integration-tests/helpers"

jest.setTimeout(180000)

// The accounts plugin's export and erasure collect the sections other plugins
// contribute (workflows "customer-data.<export|erase>.<section>"): here, the
// support plugin's requests.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let publishableKey = ""

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      const { rows } = await (dbConnection as unknown as Db).raw(
        "select token from api_key where type = 'publishable' and revoked_at is null limit 1"
      )
      publishableKey = String(rows[0].token)
    })

    it("exports the customer's support requests and erases them with the account", async () => {
      const http = client(api as unknown as Api)
      const body = newCustomer()
      await register(http, body)
      const session = await login(http, body.username, body.password)
      expect(session.status).toBe(200)
      const auth = { ...bearer(session.data.token), "x-publishable-api-key": publishableKey }

      const opened = await http.post(
        "/store/support-requests",
        { subject: "Where is my parcel?", category: "other", message: "It has been a week — any news?" },
        auth
      )
      expect(opened.status).toBe(200)

      const exported = await http.get("/api/v1/customer/me/export/", auth)
      expect(exported.status).toBe(200)
      expect(exported.data.support_requests).toEqual([
        expect.objectContaining({
          subject: "Where is my parcel?",
          messages: [expect.objectContaining({ author: "customer", body: "It has been a week — any news?" })],
        }),
      ])

      const db = dbConnection as unknown as Db
      const count = async () =>
        (await db.raw("select count(*)::int as n from support_request where email = ?", [body.email.toLowerCase()])).rows[0].n
      expect(await count()).toBe(1)

      const erased = await http.delete("/api/v1/customer/me/", auth)
      expect(erased.status).toBe(200)
      expect(await count()).toBe(0)
      expect((await login(http, body.username, body.password)).status).toBe(401)
    })
  },
})
