import { Button, Drawer, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { FormEvent } from "react"
import type { Brand, BrandInput } from "../../lib/brands-api"

type Props = {
  open: boolean
  brand: Brand | null
  onOpenChange: (open: boolean) => void
  onSubmit: (input: BrandInput) => Promise<void>
}

/** Create or edit a brand in a drawer, like Medusa's own edit forms. */
export const BrandFormDrawer = ({ open, brand, onOpenChange, onSubmit }: Props) => {
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [logo, setLogo] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (open) {
      setName(brand?.name ?? "")
      setDescription(brand?.description ?? "")
      setLogo(brand?.logo ?? "")
      setError(null)
    }
  }, [open, brand])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setError("The name is required.")
      return
    }
    setSaving(true)
    setError(null)
    try {
      await onSubmit({ name: name.trim(), description: description.trim() || null, logo: logo.trim() || null })
      onOpenChange(false)
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not save the brand.")
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col" data-testid="brand-form">
          <Drawer.Header>
            <Drawer.Title>{brand ? "Edit brand" : "Create brand"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="brand-name">Name</Label>
              <Input id="brand-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} data-testid="brand-name-input" />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="brand-description">Description</Label>
              <Textarea id="brand-description" value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="brand-logo">Logo URL</Label>
              <Input id="brand-logo" value={logo} placeholder="https://…" onChange={(e) => setLogo(e.target.value)} />
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" data-testid="brand-form-error">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={saving} data-testid="brand-form-save">
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
