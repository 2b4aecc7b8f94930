import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"

type DocumentRow = { id: string; number: string; issued_at: string; total: number; currency_code: string; download_url: string }
type Documents = { invoice: DocumentRow | null; credit_notes: DocumentRow[] }
type EmailRow = { id: string; subject: string; status: string; attempts: number; last_error: string | null; created_at: string }

function money(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0")
  const text = digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(
    `${minor < 0 ? "-" : ""}${text}` as `${number}`
  )
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { credentials: "include", ...init })
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`)
  return (await res.json()) as T
}

const statusColor: Record<string, "green" | "orange" | "red" | "grey"> = {
  sent: "green",
  retrying: "orange",
  sending: "orange",
  pending: "grey",
  failed: "red",
}

/** How long after an order change the widget keeps looking for the documents and mails that change sets off. */
const SETTLE_MS = 15000

/**
 * The order's invoice and credit notes (download) and its mails (resend the
 * confirmation). Its queries sit under Medusa's own order detail key, so the
 * dashboard's order mutations (capture, refund, cancel, ship) refetch them;
 * the credit note and the mail of a refund or a cancel are made by
 * subscribers just after the mutation answers, so for a short while after the
 * order changed the widget polls until they show — no reload needed.
 */
const OrderInvoicesWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [settleUntil, setSettleUntil] = useState(0)
  const orderState = `${data.status}|${data.payment_status}|${data.fulfillment_status}|${String(data.updated_at ?? "")}`
  const firstState = useRef(orderState)
  useEffect(() => {
    if (orderState !== firstState.current) setSettleUntil(Date.now() + SETTLE_MS)
  }, [orderState])
  const refetchInterval = () => (Date.now() < settleUntil ? 1000 : false)

  const documentsKey = ["orders", "detail", data.id, "invoices"]
  const emailsKey = ["orders", "detail", data.id, "emails"]
  const { data: docs, error } = useQuery({
    queryKey: documentsKey,
    queryFn: () => getJson<Documents>(`/admin/orders/${encodeURIComponent(data.id)}/invoices`),
    refetchInterval,
  })
  const { data: emails = [] } = useQuery({
    queryKey: emailsKey,
    queryFn: () =>
      getJson<{ emails: EmailRow[] }>(`/admin/orders/${encodeURIComponent(data.id)}/emails`)
        .then((body) => body.emails)
        .catch(() => [] as EmailRow[]),
    refetchInterval,
  })
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: documentsKey }), queryClient.invalidateQueries({ queryKey: emailsKey })])

  const resend = async () => {
    if (!docs?.invoice) return
    setBusy(true)
    try {
      const body = await getJson<{ email: { status: string } }>(`/admin/invoices/${docs.invoice.id}/resend`, { method: "POST" })
      if (body.email.status === "sent") toast.success("Order confirmation sent again")
      else toast.warning(`Mail not sent yet (${body.email.status}); it is retried automatically`)
      await refresh()
    } catch (e) {
      toast.error(`Could not resend: ${e instanceof Error ? e.message : e}`)
    } finally {
      setBusy(false)
    }
  }

  const issue = async () => {
    setBusy(true)
    try {
      await getJson<Documents>(`/admin/orders/${encodeURIComponent(data.id)}/invoices`, { method: "POST" })
      await refresh()
    } catch (e) {
      toast.error(`Could not issue the invoice: ${e instanceof Error ? e.message : e}`)
    } finally {
      setBusy(false)
    }
  }

  const row = (doc: DocumentRow, label: string) => (
    <div key={doc.id} className="flex items-center justify-between gap-x-2 py-1">
      <div>
        <Text size="small" weight="plus" data-testid={`document-${doc.number}`}>
          {label} {doc.number}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {new Date(doc.issued_at).toLocaleDateString()} · {money(doc.total, doc.currency_code)}
        </Text>
      </div>
      <a href={doc.download_url} download={`${doc.number}.pdf`} className="text-ui-fg-interactive txt-compact-small">
        Download
      </a>
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Invoice</Heading>
        {docs?.invoice && (
          <Button size="small" variant="secondary" isLoading={busy} onClick={resend} data-testid="resend-invoice-email">
            Resend email
          </Button>
        )}
      </div>
      <div className="px-6 py-4">
        {error && <Text size="small">Could not load the invoice. Please try again.</Text>}
        {!error && !docs && <Text size="small">Loading…</Text>}
        {docs && !docs.invoice && (
          <div className="flex items-center justify-between">
            <Text size="small">No invoice yet.</Text>
            <Button size="small" variant="secondary" isLoading={busy} onClick={issue}>
              Issue invoice
            </Button>
          </div>
        )}
        {docs?.invoice && row(docs.invoice, "Invoice")}
        {docs?.credit_notes.map((n) => row(n, "Credit note"))}
      </div>
      {emails.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            Emails
          </Text>
          {emails.map((m) => (
            <div key={m.id} className="flex items-center justify-between gap-x-2 py-1" title={m.last_error ?? undefined}>
              <Text size="xsmall" className="truncate">
                {m.subject}
              </Text>
              <Badge size="2xsmall" color={statusColor[m.status] ?? "grey"}>
                {m.status}
                {m.attempts > 1 ? ` (${m.attempts})` : ""}
              </Badge>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderInvoicesWidget
