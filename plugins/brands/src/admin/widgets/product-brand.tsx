import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { getProductBrand, listBrands, setProductBrand } from "../lib/brands-api"
import type { Brand } from "../lib/brands-api"

const NO_BRAND = "__none__"

/**
 * Picks the brand a product is sold under. Saving goes through Medusa's own
 * product update (additional_data.brand_id), so the workflow hook links it.
 */
const ProductBrandWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const [brands, setBrands] = useState<Brand[] | null>(null)
  const [current, setCurrent] = useState<string | null | undefined>(undefined)
  const [selected, setSelected] = useState<string>(NO_BRAND)
  const [failed, setFailed] = useState(false)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    Promise.all([
      getProductBrand(data.id, controller.signal),
      listBrands({ limit: 1000, offset: 0 }, controller.signal),
    ])
      .then(([{ product }, list]) => {
        const brandId = product.brand?.id ?? null
        setCurrent(brandId)
        setSelected(brandId ?? NO_BRAND)
        setBrands(list.brands)
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") setFailed(true)
      })
    return () => controller.abort()
  }, [data.id])

  const save = async () => {
    const brandId = selected === NO_BRAND ? null : selected
    setSaving(true)
    try {
      await setProductBrand(data.id, brandId)
      setCurrent(brandId)
      toast.success(brandId ? `Brand set to ${brands?.find((b) => b.id === brandId)?.name}` : "Brand removed")
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not save the brand")
    } finally {
      setSaving(false)
    }
  }

  const loading = current === undefined || brands === null
  const dirty = !loading && (selected === NO_BRAND ? null : selected) !== current

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Brand</Heading>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {failed ? (
          <Text size="small">Could not load the brand.</Text>
        ) : loading ? (
          <Text size="small">Loading…</Text>
        ) : (
          <>
            <Select value={selected} onValueChange={setSelected} size="small">
              <Select.Trigger data-testid="product-brand-select">
                <Select.Value placeholder="No brand" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NO_BRAND}>No brand</Select.Item>
                {brands.map((brand) => (
                  <Select.Item key={brand.id} value={brand.id}>
                    {brand.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <div className="flex justify-end">
              <Button size="small" variant="secondary" disabled={!dirty} isLoading={saving} onClick={save} data-testid="product-brand-save">
                Save
              </Button>
            </div>
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductBrandWidget
