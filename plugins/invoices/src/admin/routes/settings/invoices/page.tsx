import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import type { ChangeEvent, FormEvent } from "react"
import { useEffect, useState } from "react"

type Settings = {
  company_name: string
  address: string
  vat_id: string | null
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
  { key: "vat_id", label: "VAT ID", hint: "e.g. DE123456789 — a VAT ID or a tax number is required" },
  { key: "tax_number", label: "Tax number", hint: "Steuernummer, e.g. 12/345/67890 — enough without a VAT ID" },
  { key: "iban", label: "IBAN" },
  { key: "bic", label: "BIC", hint: "optional" },
  { key: "bank_name", label: "Bank", hint: "optional" },
  { key: "email", label: "Billing email" },
  { key: "footer_note", label: "Footer note", hint: "printed at the bottom of every invoice", multiline: true },
]

type FieldError = { field: string; message: string }

const MAX_LOGO_BYTES = 300 * 1024

/** The image kind by its first bytes (what the server checks too), or null. */
async function imageKind(file: File): Promise<"png" | "jpeg" | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.every((b, i) => head[i] === b)) return "png"
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg"
  return null
}

/** Settings → Invoices: the seller details invoices are issued with. */
const InvoiceSettingsPage = () => {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [saved, setSaved] = useState<Settings | null>(null)
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    fetch("/admin/invoice-settings", { credentials: "include" })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { invoice_settings: Settings }) => {
        setSettings(body.invoice_settings)
        setSaved(body.invoice_settings)
      })
      .catch(() => setErrors("The invoice settings could not be loaded. Please reload the page."))
  }, [])

  const set = (key: keyof Settings) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setSettings((s) => (s ? { ...s, [key]: e.target.value } : s))

  const pickLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (!file) return
    const kind = await imageKind(file)
    const problem = !kind
      ? "This file is not a PNG or JPEG image. Please choose a PNG or JPEG logo."
      : file.size > MAX_LOGO_BYTES
        ? "The logo is larger than 300 KB. Please choose a smaller image."
        : null
    if (problem) {
      setFieldErrors((f) => ({ ...f, logo: problem }))
      toast.error(problem)
      e.target.value = ""
      return
    }
    setFieldErrors(({ logo: _l, ...rest }) => rest)
    const reader = new FileReader()
    // The data URL names the type found in the content, not the one the browser guessed from the name.
    reader.onload = () =>
      setSettings((s) => (s ? { ...s, logo: String(reader.result).replace(/^data:[^;]*;/, `data:image/${kind};`) } : s))
    reader.readAsDataURL(file)
  }

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (!settings) return
    setSaving(true)
    setErrors(null)
    setFieldErrors({})
    const { is_default: _d, ...values } = settings
    // Only what changed is sent: the server updates the fields it is given.
    const body = Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => k !== "id" && (settings.is_default || v !== saved?.[k as keyof Settings]))
        .map(([k, v]) => [k, v === "" ? null : v])
    )
    try {
      const res = await fetch("/admin/invoice-settings", {
        method: "POST",
        credentials: "include",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        const list: FieldError[] = Array.isArray(json.errors) ? json.errors : []
        setFieldErrors(Object.fromEntries(list.filter((e) => e.field).map((e) => [e.field, e.message])))
        const message = res.status === 400 && json.message ? json.message : "The settings could not be saved. Please try again."
        setErrors(message)
        toast.error(message)
        return
      }
      setSettings(json.invoice_settings)
      setSaved(json.invoice_settings)
      toast.success("Invoice settings saved")
    } catch {
      const message = "The settings could not be saved: the server did not answer. Please try again."
      setErrors(message)
      toast.error(message)
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
                <Textarea
                  id={`invoice-${f.key}`}
                  rows={3}
                  value={String(settings[f.key] ?? "")}
                  onChange={set(f.key)}
                  aria-invalid={!!fieldErrors[f.key]}
                />
              ) : (
                <Input id={`invoice-${f.key}`} value={String(settings[f.key] ?? "")} onChange={set(f.key)} aria-invalid={!!fieldErrors[f.key]} />
              )}
              {fieldErrors[f.key] && (
                <Text size="xsmall" className="text-ui-fg-error" data-testid={`invoice-${f.key}-error`}>
                  {fieldErrors[f.key]}
                </Text>
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
            {fieldErrors.logo && (
              <Text size="xsmall" className="text-ui-fg-error" data-testid="invoice-logo-error">
                {fieldErrors.logo}
              </Text>
            )}
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
