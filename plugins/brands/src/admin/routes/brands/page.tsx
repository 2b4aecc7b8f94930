import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Plus, TagSolid, Trash } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { createBrand, deleteBrand, listBrands, updateBrand } from "../../lib/brands-api"
import type { Brand, BrandInput, BrandList } from "../../lib/brands-api"
import { BrandFormDrawer } from "./brand-form"

const PAGE_SIZE = 20

/** Settings-style page: every brand with its product count; create, edit and delete. */
const BrandsPage = () => {
  const [list, setList] = useState<BrandList | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const [editing, setEditing] = useState<Brand | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [reloadKey, setReloadKey] = useState(0)
  const prompt = usePrompt()

  useEffect(() => {
    const controller = new AbortController()
    listBrands({ q: q.trim() || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, controller.signal)
      .then((result) => {
        setList(result)
        setFailed(null)
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") setFailed(error.message)
      })
    return () => controller.abort()
  }, [q, page, reloadKey])

  const reload = useCallback(() => setReloadKey((k) => k + 1), [])

  const save = async (input: BrandInput) => {
    if (editing) {
      await updateBrand(editing.id, input)
      toast.success(`Brand "${input.name}" saved`)
    } else {
      await createBrand(input)
      toast.success(`Brand "${input.name}" created`)
    }
    reload()
  }

  const remove = async (brand: Brand) => {
    const confirmed = await prompt({
      title: `Delete "${brand.name}"?`,
      description:
        brand.product_count > 0
          ? `${brand.product_count} product(s) still use this brand; it can only be deleted once none do.`
          : "This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await deleteBrand(brand.id)
      toast.success(`Brand "${brand.name}" deleted`)
      reload()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "Could not delete the brand")
    }
  }

  const count = list?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Brands</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The brands products are sold under. Names are unique, ignoring case.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          data-testid="brand-create"
          onClick={() => {
            setEditing(null)
            setFormOpen(true)
          }}
        >
          <Plus /> Create
        </Button>
      </div>
      <div className="px-6 py-4">
        <Input
          type="search"
          size="small"
          placeholder="Search brands"
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
      </div>
      {failed ? (
        <Text className="px-6 py-4 text-ui-fg-error">Could not load the brands: {failed}</Text>
      ) : (
        <Table data-testid="brands-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(list?.brands ?? []).map((brand) => (
              <Table.Row key={brand.id} data-testid={`brand-row-${brand.id}`}>
                <Table.Cell>{brand.name}</Table.Cell>
                <Table.Cell className="max-w-md truncate">{brand.description ?? "–"}</Table.Cell>
                <Table.Cell className="text-right">{brand.product_count}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={`Edit ${brand.name}`}
                      onClick={() => {
                        setEditing(brand)
                        setFormOpen(true)
                      }}
                    >
                      <PencilSquare />
                    </IconButton>
                    <IconButton size="small" variant="transparent" aria-label={`Delete ${brand.name}`} onClick={() => remove(brand)}>
                      <Trash />
                    </IconButton>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list && list.brands.length === 0 && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No brands found.
        </Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((p) => Math.max(0, p - 1))}
        nextPage={() => setPage((p) => p + 1)}
      />
      <BrandFormDrawer open={formOpen} brand={editing} onOpenChange={setFormOpen} onSubmit={save} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Brands",
  icon: TagSolid,
})

export default BrandsPage
