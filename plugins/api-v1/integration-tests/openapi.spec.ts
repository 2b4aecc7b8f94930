import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(120000)

shopIntegrationRunner({
  testSuite: ({ http }) => {
    it.each(["/api/v1/openapi.json", "/api/v1/openapi.json/"])("GET %s serves an OpenAPI 3.1 document", async (path) => {
      const res = await http.get(path)
      expect(res.status).toBe(200)
      expect(res.data.openapi).toBe("3.1.0")
      expect(res.data.info.title).toMatch(/api\/v1/)
      expect(typeof res.data.paths).toBe("object")
    })
  },
})
