import { adminHeaders, openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(180000)

/** A 2 × 2 red PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg=="

const FULL = {
  company_name: "Feinkost Weiß GmbH",
  address: "Königstraße 12\n80331 München\nGermany",
  vat_id: "DE811907980",
  tax_number: "143/123/45678",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
  bank_name: "Commerzbank",
  email: "billing@feinkost.example",
  footer_note: "Thank you.",
}

type FieldError = { field: string; message: string }

// The runner restores the database to its state after beforeAll before every test.
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    const post = (body: unknown) => http.post("/admin/invoice-settings", body, adminHeaders(client.shop.adminToken))
    const read = async () => (await http.get("/admin/invoice-settings", adminHeaders(client.shop.adminToken))).data.invoice_settings

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    beforeEach(async () => {
      expect((await post(FULL)).status).toBe(200)
    })

    it("POST with one field changes that field only (BIC, footer, tax number stay)", async () => {
      const res = await post({ company_name: "Feinkost Weiß & Söhne GmbH" })
      expect(res.status).toBe(200)
      const after = await read()
      expect(after.company_name).toBe("Feinkost Weiß & Söhne GmbH")
      expect(after).toMatchObject({
        bic: "COBADEFFXXX",
        footer_note: "Thank you.",
        tax_number: "143/123/45678",
        bank_name: "Commerzbank",
        vat_id: "DE811907980",
        iban: "DE89 3704 0044 0532 0130 00",
      })
      // Null (or an empty string) clears an optional field, and only that one.
      expect((await post({ bic: "" })).status).toBe(200)
      expect(await read()).toMatchObject({ bic: null, footer_note: "Thank you.", tax_number: "143/123/45678" })
    })

    it("takes a tax number (Steuernummer) instead of a VAT ID, but not neither", async () => {
      const taxNumberOnly = await post({ vat_id: null })
      expect(taxNumberOnly.status).toBe(200)
      expect(await read()).toMatchObject({ vat_id: null, tax_number: "143/123/45678" })

      const neither = await post({ tax_number: "" })
      expect(neither.status).toBe(400)
      expect(neither.data.message).toBe("Please check the fields VAT ID, Tax number.")
      expect(neither.data.errors.map((e: FieldError) => e.field)).toEqual(["vat_id", "tax_number"])
      expect(neither.data.errors[0].message).toBe("Enter a VAT ID or a tax number (Steuernummer): invoices must show one of them.")
      expect((await read()).tax_number).toBe("143/123/45678")

      const vatIdOnly = await post({ vat_id: "DE811907980", tax_number: null })
      expect(vatIdOnly.status).toBe(200)
      expect(await read()).toMatchObject({ vat_id: "DE811907980", tax_number: null })
    })

    it("checks the logo by its content: a PNG is kept, a text file named PNG, a wrong type or a too large image are refused", async () => {
      expect((await post({ logo: `data:image/png;base64,${PNG}` })).status).toBe(200)
      expect((await read()).logo).toBe(`data:image/png;base64,${PNG}`)

      const text = await post({ logo: `data:image/png;base64,${Buffer.from("just some text, not an image").toString("base64")}` })
      expect(text.status).toBe(400)
      expect(text.data.errors).toEqual([{ field: "logo", message: "The logo file is not a PNG or JPEG image (its content is something else)." }])
      expect(text.data.message).toBe("Please check the field Logo.")

      const mislabelled = await post({ logo: `data:image/jpeg;base64,${PNG}` })
      expect(mislabelled.status).toBe(400)
      expect(mislabelled.data.errors[0].message).toBe("The logo is a PNG image but was sent as JPEG.")

      const big = Buffer.concat([Buffer.from(PNG, "base64"), Buffer.alloc(301 * 1024)])
      const tooBig = await post({ logo: `data:image/png;base64,${big.toString("base64")}` })
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.errors[0]).toEqual({ field: "logo", message: "The logo is larger than 300 KB. Please choose a smaller image." })

      // The PNG saved first is still there.
      expect((await read()).logo).toBe(`data:image/png;base64,${PNG}`)
    })

    it("answers bad input with each field and a plain sentence, and changes nothing", async () => {
      const res = await post({ iban: "DE00 1234", email: "not-an-email", bic: "XX" })
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("Please check the fields IBAN, BIC, Billing email.")
      expect(res.data.errors).toEqual([
        { field: "iban", message: "This IBAN is not valid. Please check it against your bank details." },
        { field: "bic", message: "A BIC has 8 or 11 letters and digits, e.g. COBADEFFXXX." },
        { field: "email", message: "Enter a valid email address, e.g. billing@example.com." },
      ])
      expect(await read()).toMatchObject({ iban: "DE89 3704 0044 0532 0130 00", email: "billing@feinkost.example", bic: "COBADEFFXXX" })

      const unknown = await post({ colour: "red" })
      expect(unknown.status).toBe(400)
      expect(unknown.data.errors[0].message).toBe("These fields are not settings: colour.")
    })

    it("the database holds the rule too: a row without VAT ID and tax number cannot be written", async () => {
      await expect(db.raw(`update invoice_settings set vat_id = null, tax_number = null`)).rejects.toThrow(/invoice_settings_vat_id_or_tax_number/)
    })
  },
})
