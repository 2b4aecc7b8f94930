import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** The processor's record kept in a payment's data (providers/mock-card/payment-data.ts). */
type MockCardData = {
  reference?: string
  card?: { brand?: string; last4?: string }
  currency_code?: string
  status?: string
  captured_amount?: number
  refunded_amount?: number
  three_d_secure?: { status?: string }
  capture_error?: { message?: string }
}
type Payment = { id: string; provider_id: string; data: MockCardData | null }
type OrderPayments = { payment_collections?: { payments?: Payment[] }[] }

function minor(amount: number | undefined, currency: string | undefined): string {
  // Integer cents rendered as text: no float arithmetic on money.
  const digits = String(Number.isInteger(amount) ? amount : 0).padStart(3, "0")
  return `${digits.slice(0, -2)}.${digits.slice(-2)} ${(currency ?? "").toUpperCase()}`
}

/** What the mock card processor knows about the order's card payments. */
const OrderCardPaymentWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const [payments, setPayments] = useState<Payment[] | undefined>(undefined)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    const fields = "id,payment_collections.payments.id,payment_collections.payments.provider_id,payment_collections.payments.data"
    fetch(`/admin/orders/${encodeURIComponent(data.id)}?fields=${fields}`, { credentials: "include", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { order: OrderPayments }) =>
        setPayments(
          (body.order.payment_collections ?? [])
            .flatMap((pc) => pc.payments ?? [])
            .filter((p) => p.provider_id.startsWith("pp_mock-card_"))
        )
      )
      .catch((error: Error) => {
        if (error.name !== "AbortError") setFailed(true)
      })
    return () => controller.abort()
  }, [data.id])

  if (payments !== undefined && payments.length === 0) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Card payment</Heading>
        <Text size="xsmall" className="text-ui-fg-subtle">mock processor</Text>
      </div>
      {failed ? (
        <Text size="small" className="px-6 py-4">Could not load the card payment.</Text>
      ) : payments === undefined ? (
        <Text size="small" className="px-6 py-4">Loading…</Text>
      ) : (
        payments.map((p) => (
          <div key={p.id} className="flex flex-col gap-y-1 px-6 py-4" data-testid="mock-card-payment">
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {p.data?.card?.brand ?? "card"} •••• {p.data?.card?.last4 ?? "????"}
              </Text>
              <Badge size="2xsmall">{p.data?.status ?? "unknown"}</Badge>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Captured {minor(p.data?.captured_amount, p.data?.currency_code)} · refunded{" "}
              {minor(p.data?.refunded_amount, p.data?.currency_code)}
            </Text>
            {p.data?.three_d_secure?.status && (
              <Text size="xsmall" className="text-ui-fg-subtle">3-D Secure: {p.data.three_d_secure.status}</Text>
            )}
            {p.data?.capture_error?.message && (
              <Text size="xsmall" className="text-ui-fg-error">{p.data.capture_error.message}</Text>
            )}
            <Text size="xsmall" className="text-ui-fg-muted">{p.data?.reference}</Text>
          </div>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderCardPaymentWidget
