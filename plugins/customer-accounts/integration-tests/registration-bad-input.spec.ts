import type { HttpResponse } from "../../../tests/helpers/http"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { accountTableCounts, client, newCustomer } from "./helpers"

jest.setTimeout(180000)

const PATHS = ["/api/v1/customer/registration/", "/api/v1/customer/registration"]
const REQUIRED = ["username", "first_name", "last_name", "password", "email", "address", "phone"]

/** A date n days from today (UTC), as YYYY-MM-DD. */
function daysFromToday(n: number): string {
  return new Date(Date.now() + n * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
}

// [field, description, value]: every rule of the contract, and the wrong types.
const INVALID: [string, string, unknown][] = [
  ["username", "2 characters", "ab"],
  ["username", "31 characters", "a".repeat(31)],
  ["username", "a space", "max m"],
  ["username", "an @", "max@m"],
  ["username", "a non-ASCII letter", "jürgen"],
  ["username", "a number", 12345],
  ["username", "an array", ["maxm"]],
  ["username", "null", null],
  ["username", "an object", { name: "maxm" }],
  ["username", "a descriptor with a bad value", { type: "str", value: "ab", required: true }],
  ["username", "a descriptor without value", { type: "str", required: true }],
  ["first_name", "empty", ""],
  ["first_name", "only spaces", "   "],
  ["first_name", "101 characters", "x".repeat(101)],
  ["first_name", "a line break", "Max\nMustermann"],
  ["first_name", "a number", 42],
  ["first_name", "null", null],
  ["first_name", "an array", ["Max"]],
  ["last_name", "empty", ""],
  ["last_name", "101 characters", "ü".repeat(101)],
  ["last_name", "a boolean", true],
  ["last_name", "null", null],
  ["password", "7 characters", "maxpw24"],
  ["password", "a number", 12345678],
  ["password", "null", null],
  ["password", "an array", ["maxpw2024!"]],
  ["email", "no @", "max.mustermann.email.com"],
  ["email", "no domain", "max@"],
  ["email", "no local part", "@email.com"],
  ["email", "a space", "max mustermann@email.com"],
  ["email", "over 254 characters", `${"m".repeat(250)}@email.com`],
  ["email", "a number", 42],
  ["email", "null", null],
  ["email", "an array", ["max@email.com"]],
  ["address", "4 characters", "Weg1"],
  ["address", "201 characters", `Musterstr. 13, 10000 ${"M".repeat(180)}`],
  ["address", "two lines", "Musterstr. 13\n10000 Musterstadt"],
  ["address", "a number", 13],
  ["address", "null", null],
  ["address", "an object", { street: "Musterstr. 13" }],
  ["phone", "letters", "+40145abc266"],
  ["phone", "5 digits", "12345"],
  ["phone", "21 digits", "1".repeat(21)],
  ["phone", "a + that is not leading", "40+14516266"],
  ["phone", "two +", "++4014516266"],
  ["phone", "a slash", "040/14516266"],
  ["phone", "a number", 4014516266],
  ["phone", "null", null],
  ["title", "21 characters", "Professor Doktor Dr."+"x"],
  ["title", "a number", 1],
  ["title", "an array", ["Mr."]],
  ["birthday", "February 30th", "1990-02-30"],
  ["birthday", "month 13", "1990-13-01"],
  ["birthday", "a German date", "01.01.1990"],
  ["birthday", "no leading zeros", "1990-1-1"],
  ["birthday", "a time", "1990-01-01T00:00:00Z"],
  ["birthday", "a day in the future", daysFromToday(3)],
  ["birthday", "next century", "2990-01-01"],
  ["birthday", "a number", 19900101],
  ["birthday", "an array", ["1990-01-01"]],
]

shopIntegrationRunner({
  testSuite: ({ http: api, db }) => {
    const http = client(api)
    let before: Record<string, number>

    beforeEach(async () => {
      before = await accountTableCounts(db)
    })

    afterEach(async () => {
      // Whatever the input, nothing was written.
      expect(await accountTableCounts(db)).toEqual(before)
    })

    function expectInvalid(res: HttpResponse, field: string) {
      expect(res.status).toBe(400)
      expect(res.data.errorMessage).toBe("Invalid Input")
      expect(res.data.errors).toEqual(
        expect.arrayContaining([{ field: expect.stringMatching(new RegExp(`^${field}(\\.|$)`)), message: expect.any(String) }])
      )
    }

    describe("POST /api/v1/customer/registration with bad input", () => {
      it.each(REQUIRED)("answers 400 naming %s when it is missing", async (field) => {
        const body: Record<string, unknown> = newCustomer()
        delete body[field]
        const res = await http.post(PATHS[0], body)
        expectInvalid(res, field)
        expect(res.data.errors.find((e: { field: string }) => e.field === field).message).toBe("is required")
      })

      it("names every missing field of an empty object at once", async () => {
        const res = await http.post(PATHS[1], {})
        expect(res.status).toBe(400)
        expect(res.data.errors.map((e: { field: string }) => e.field).sort()).toEqual([...REQUIRED].sort())
      })

      // One test per field (each case is its own request): a failure lists every case that went wrong.
      it.each([...new Set(INVALID.map(([field]) => field))])("answers 400 naming %s for each invalid value", async (field) => {
        const wrong: unknown[] = []
        let requests = 0
        for (const [, description, value] of INVALID.filter(([f]) => f === field)) {
          for (const form of ["flat", "descriptor"] as const) {
            const flat = newCustomer({ [field]: value })
            const body =
              form === "flat"
                ? flat
                : Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, { type: "str", value: v, required: true }]))
            const res = await http.post(PATHS[requests++ % 2], body)
            const named =
              Array.isArray(res.data?.errors) &&
              res.data.errors.some((e: { field: string }) => e.field === field || e.field.startsWith(`${field}.`))
            if (res.status !== 400 || res.data?.errorMessage !== "Invalid Input" || !named) {
              wrong.push({ description, form, status: res.status, body: res.data })
            }
          }
        }
        expect(requests).toBeGreaterThan(0)
        expect(wrong).toEqual([])
      })

      describe.each(PATHS)("the body itself (%s)", (path) => {
        it("answers 400 for a body that is not JSON", async () => {
          const res = await http.postRaw(path, '{"username": "maxm", ', { "content-type": "application/json" })
          expectInvalid(res, "body")
        })

        it("answers 400 for JSON sent as text/plain", async () => {
          const res = await http.postRaw(path, JSON.stringify(newCustomer()), { "content-type": "text/plain" })
          expectInvalid(res, "body")
        })

        it("answers 400 for a form post", async () => {
          const res = await http.postRaw(path, new URLSearchParams(newCustomer()).toString(), {
            "content-type": "application/x-www-form-urlencoded",
          })
          expectInvalid(res, "body")
        })

        it("answers 400 for a body without content type", async () => {
          const res = await http.postRaw(path, JSON.stringify(newCustomer()), {})
          expectInvalid(res, "body")
        })

        it.each([
          ["an array", "[]"],
          ["a string", '"maxm"'],
          ["null", "null"],
          ["a number", "42"],
          ["empty", ""],
        ])("answers 400 for a JSON body that is %s", async (_name, raw) => {
          const res = await http.postRaw(path, raw, { "content-type": "application/json" })
          expectInvalid(res, "body")
        })

        it("answers 400 for a 1 MB body", async () => {
          const res = await http.post(path, { ...newCustomer(), padding: "x".repeat(1024 * 1024) })
          expectInvalid(res, "body")
        })
      })
    })
  },
})
