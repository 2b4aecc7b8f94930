import { formatMoney } from "@/lib/util/money"

export function Price({
  amount,
  currencyCode,
  testId,
  className = "price",
}: {
  amount: number | string | null | undefined
  currencyCode?: string
  testId?: string
  className?: string
}) {
  return (
    <span className={className} data-testid={testId}>
      {formatMoney(amount, currencyCode)}
    </span>
  )
}
