import { bearer, client, login, newCustomer, register } from "../../plugins/customer-accounts/integration-tests/helpers"
import { seedStore } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

// The accounts plugin's export and erasure collect the sections other plugins
// contribute (workflows "customer-data.<export|erase>.<section>"): here, the
// support plugin's requests.
shopIntegrationRunner({
  testSuite: ({ http: api, db, getContainer }) => {
    let publishableKey = ""

    beforeAll(async () => {
      publishableKey = (await seedStore(getContainer(), db)).publishableKey
    })

    it("exports the customer's support requests and erases them with the account", async () => {
      const http = client(api)
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

      const count = async () =>
        (await db.raw<{ n: number }>("select count(*)::int as n from support_request where email = ?", [body.email.toLowerCase()])).rows[0].n
      expect(await count()).toBe(1)

      const erased = await http.delete("/api/v1/customer/me/", auth)
      expect(erased.status).toBe(200)
      expect(await count()).toBe(0)
      expect((await login(http, body.username, body.password)).status).toBe(401)
    })
  },
})
