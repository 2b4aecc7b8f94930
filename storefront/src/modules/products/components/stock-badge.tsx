import { stockLevel } from "@/lib/util/catalogue"

export function StockBadge({ stock, testId = "stock-badge" }: { stock: number; testId?: string }) {
  const level = stockLevel(stock)
  return (
    <span className={`badge badge--${level.kind}`} data-testid={testId} data-stock={stock}>
      {level.label}
    </span>
  )
}
