import { listApiV1Operations } from "@shop/api-v1/lib/openapi"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { client } from "./helpers"

jest.setTimeout(120000)

const OURS = [
  "POST /api/v1/customer/registration/",
  "POST /api/v1/customer/login/",
  "POST /api/v1/customer/logout/",
  "GET /api/v1/customer/me/",
  "POST /api/v1/customer/me/",
  "DELETE /api/v1/customer/me/",
  "GET /api/v1/customer/me/export/",
  "POST /api/v1/customer/me/password/",
]

shopIntegrationRunner({
  testSuite: ({ http: api }) => {
    const http = client(api)

    it("documents every customer-accounts api/v1 operation in /api/v1/openapi.json", async () => {
      const res = await http.get("/api/v1/openapi.json")
      expect(res.status).toBe(200)
      const documented = Object.entries(res.data.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`)
      )
      expect(documented).toEqual(expect.arrayContaining(OURS))
      const registration = res.data.paths["/api/v1/customer/registration/"].post
      expect(Object.keys(registration.requestBody.content["application/json"].examples)).toEqual(["flat", "descriptor"])
      expect(registration.requestBody.content["application/json"].schema.required).toEqual(
        expect.arrayContaining(["username", "first_name", "last_name", "password", "email", "address", "phone"])
      )
    })

    it("has request and response examples that pass the schemas the routes validate with", async () => {
      const ops = listApiV1Operations().filter((op) => OURS.includes(`${op.method.toUpperCase()} ${op.path}`))
      expect(ops).toHaveLength(OURS.length)
      const failures: string[] = []
      for (const op of ops) {
        for (const [name, example] of Object.entries(op.bodyExamples ?? {})) {
          const result = op.body?.safeParse(example.value)
          if (!result?.success) failures.push(`${op.method} ${op.path} body example ${name}: ${JSON.stringify(result?.error?.issues)}`)
        }
        for (const [status, response] of Object.entries(op.responses)) {
          if (response.schema && response.example !== undefined) {
            const result = response.schema.safeParse(response.example)
            if (!result.success) failures.push(`${op.method} ${op.path} ${status} example: ${JSON.stringify(result.error.issues)}`)
          }
        }
      }
      expect(failures).toEqual([])
    })

    it("answers every documented operation on its path (not 404)", async () => {
      for (const operation of OURS) {
        const [method, path] = operation.split(" ")
        const res =
          method === "GET" ? await http.get(path) : method === "DELETE" ? await http.delete(path) : await http.post(path, {})
        expect({ operation, status: res.status }).not.toEqual({ operation, status: 404 })
      }
    })
  },
})
