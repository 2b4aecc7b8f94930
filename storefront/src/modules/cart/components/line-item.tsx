"use client"

import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { useActionState } from "react"
import { deleteLineItem, updateLineItem } from "@/lib/data/cart"
import type { FormState } from "@/lib/util/forms"
import { FormMessage } from "@/modules/common/components/form-message"
import { Price } from "@/modules/common/components/price"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { ProductImage } from "@/modules/products/components/product-image"

export function LineItem({
  item,
  currencyCode,
  preload = false,
}: {
  item: HttpTypes.StoreCartLineItem
  currencyCode: string
  preload?: boolean
}) {
  const [updateState, update] = useActionState<FormState, FormData>(updateLineItem, {})
  const [removeState, remove] = useActionState<FormState, FormData>(deleteLineItem, {})
  const title = item.product_title ?? item.title
  return (
    <li className="line-item" data-testid="cart-item" data-variant-id={item.variant_id ?? ""} data-line-id={item.id}>
      <ProductImage src={item.thumbnail ?? null} alt="" sizes="88px" preload={preload} />
      <div className="stack" style={{ gap: "0.4rem" }}>
        <Link prefetch={false} href={`/products/${item.product_id}`} data-testid="cart-item-title">
          <strong>{title}</strong>
        </Link>
        <span className="muted">
          <Price amount={item.unit_price} currencyCode={currencyCode} className="" /> each
        </span>
        <div className="line-item__controls">
          <form action={update} className="quantity-stepper" aria-label={`Quantity of ${title}`}>
            <input type="hidden" name="line_id" value={item.id} />
            <SubmitButton
              name="quantity"
              value={item.quantity - 1}
              className=""
              disabled={item.quantity <= 1}
              aria-label={`One less ${title}`}
              testId="cart-item-decrease"
            >
              −
            </SubmitButton>
            <output data-testid="cart-item-quantity" aria-live="polite">
              {item.quantity}
            </output>
            <SubmitButton
              name="quantity"
              value={item.quantity + 1}
              className=""
              aria-label={`One more ${title}`}
              testId="cart-item-increase"
            >
              +
            </SubmitButton>
          </form>
          <form action={remove}>
            <input type="hidden" name="line_id" value={item.id} />
            <SubmitButton className="link-button" testId="cart-item-remove" aria-label={`Remove ${title}`}>
              Remove
            </SubmitButton>
          </form>
        </div>
        <FormMessage error={updateState.error ?? removeState.error} testId="cart-item-error" />
      </div>
      <Price amount={item.total ?? item.subtotal} currencyCode={currencyCode} testId="cart-item-total" />
    </li>
  )
}
