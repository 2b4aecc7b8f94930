"use client"

import Form from "next/form"
import { useRef } from "react"
import { SORT_OPTIONS } from "@/lib/util/catalogue"
import type { SortValue } from "@/lib/util/catalogue"
import { Field, SelectField } from "@/modules/common/components/field"

/**
 * Search, brand and sort for the product index: a GET form (works without
 * JavaScript); with it, changing a select applies at once.
 */
export function CatalogueFilters({
  q,
  brand,
  order,
  brands,
}: {
  q: string
  brand: string
  order: SortValue
  brands: { name: string; count: number }[]
}) {
  const form = useRef<HTMLFormElement>(null)
  const apply = () => form.current?.requestSubmit()
  return (
    <Form action="/products" ref={form} className="filters" aria-label="Filter products">
      <Field name="q" label="Search" type="search" defaultValue={q} testId="filter-q" />
      <SelectField name="brand" label="Brand" defaultValue={brand} onChange={apply} testId="filter-brand">
        <option value="">All brands</option>
        {brands.map((b) => (
          <option key={b.name} value={b.name}>
            {b.name} ({b.count})
          </option>
        ))}
      </SelectField>
      <SelectField name="order" label="Sort by" defaultValue={order} onChange={apply} testId="filter-sort">
        {SORT_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" data-testid="filter-apply">
        Apply
      </button>
    </Form>
  )
}
