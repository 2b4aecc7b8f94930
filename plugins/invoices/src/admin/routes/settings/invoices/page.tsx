import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import type { ChangeEvent, FormEvent } from "react"
import { useEffect, useState } from "react"

type Settings = {
  company_name: string
  address: string
  vat_id: string
  tax_number: string | null
  iban: string
  bic: string | null
  bank_name: string | null
  email: string
  logo: string | null
  footer_note: string | null
  is_default?: boolean
}

const TEXT_FIELDS: { key: keyof Settings; label: string; hint?: string; multiline?: boolean }[] = [
  { key: "company_name", label: "Company name" },
  { key: "address", label: "Address", hint: "Street, postal code and city, country — one per line", multiline: true },
  { key: "vat_id", label: "VAT ID", hint: "e.g. DE123456789" },
  { key: "tax_number", label: "Tax number", hint: "optional (Steuernummer)" },
  { key: "iban", label: "IBAN" },
  { key: "bic", label: "BIC", hint: "optional" },
  { key: "bank_name", label: "Bank", hint: "optional" },
  { key: "email", label: "Billing email" },
  { key: "footer_note", label: "Footer note", hint: "printed at the bottom of every invoice", multiline: true },
]

/** Settings → Invoices: the seller details invoices are issued with. */
const InvoiceSettingsPage = () => {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<string | null>(null)

  useEffect(() => {
    fetch("/admin/invoice-settings", { credentials: "include" })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { invoice_settings: Settings }) => setSettings(body.invoice_settings))
      .catch((e: Error) => setErrors(`Could not load the settings (${e.message})`))
  }, [])

  const set = (key: keyof Settings) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setSettings((s) => (s ? { ...s, [key]: e.target.value } : s))

  const pickLogo = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (!file) return
    if (!["image/png", "image/jpeg"].includes(file.type) || file.size > 300 * 1024) {
      toast.error("The logo must be a PNG or JPEG of at most 300 KB")
      return
    }
    const reader = new FileReader()
    reader.onload = () => setSettings((s) => (s ? { ...s, logo: String(reader.result) } : s))
    reader.readAsDataURL(file)
  }

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (!settings) return
    setSaving(true)
    setErrors(null)
    const { is_default: _d, ...values } = settings
    const body = Object.fromEntries(Object.entries(values).filter(([k]) => k !== "id").map(([k, v]) => [k, v === "" ? null : v]))
    try {
      const res = await fetch("/admin/invoice-settings", {
        method: "POST",
        credentials: "include",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      })
      const json = await res.json()
      if (!res.ok) {
        setErrors(json.message ?? `Saving failed (${res.status})`)
        return
      }
      setSettings(json.invoice_settings)
      toast.success("Invoice settings saved")
    } finally {
      setSaving(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Invoices</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The seller printed on invoices and credit notes. Issued documents keep the details they were issued with.
          {settings?.is_default ? " These are the defaults: save them to make them yours." : ""}
        </Text>
      </div>
      {errors && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-error" data-testid="invoice-settings-error">
            {errors}
          </Text>
        </div>
      )}
      {settings && (
        <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={save}>
          {TEXT_FIELDS.map((f) => (
            <div key={f.key} className="flex flex-col gap-y-1">
              <Label htmlFor={`invoice-${f.key}`}>{f.label}</Label>
              {f.multiline ? (
                <Textarea id={`invoice-${f.key}`} rows={3} value={String(settings[f.key] ?? "")} onChange={set(f.key)} />
              ) : (
                <Input id={`invoice-${f.key}`} value={String(settings[f.key] ?? "")} onChange={set(f.key)} />
              )}
              {f.hint && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {f.hint}
                </Text>
              )}
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invoice-logo">Logo</Label>
            {settings.logo && <img src={settings.logo} alt="Invoice logo" className="max-h-16 max-w-xs object-contain" />}
            <input id="invoice-logo" type="file" accept="image/png,image/jpeg" onChange={pickLogo} />
            {settings.logo && (
              <Button type="button" size="small" variant="transparent" onClick={() => setSettings({ ...settings, logo: null })}>
                Remove logo
              </Button>
            )}
          </div>
          <div>
            <Button type="submit" isLoading={saving} data-testid="invoice-settings-save">
              Save
            </Button>
          </div>
        </form>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Invoices",
  icon: DocumentText,
})

export default InvoiceSettingsPage
