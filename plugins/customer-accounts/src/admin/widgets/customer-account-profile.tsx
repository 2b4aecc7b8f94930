import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Profile = { id: string; username: string; title: string | null; birthday: string | null }
type Form = { username: string; title: string; birthday: string }

const toForm = (profile: Profile | null): Form => ({
  username: profile?.username ?? "",
  title: profile?.title ?? "",
  birthday: profile?.birthday ?? "",
})

/** Username, title and birthday of a customer (the customer-accounts profile), editable by the merchant. */
const CustomerAccountProfileWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => {
  const url = `/admin/customers/${encodeURIComponent(data.id)}/account-profile`
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined)
  const [loadFailed, setLoadFailed] = useState(false)
  const [editing, setEditing] = useState(false)
  const [form, setForm] = useState<Form>(toForm(null))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetch(url, { credentials: "include", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { profile: Profile | null }) => setProfile(body.profile))
      .catch((e: Error) => {
        if (e.name !== "AbortError") setLoadFailed(true)
      })
    return () => controller.abort()
  }, [url])

  const startEditing = () => {
    setForm(toForm(profile ?? null))
    setError(null)
    setEditing(true)
  }

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      const res = await fetch(url, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          ...(form.username ? { username: form.username } : {}),
          title: form.title || null,
          birthday: form.birthday || null,
        }),
      })
      const body = await res.json()
      if (!res.ok) {
        setError(typeof body?.message === "string" ? body.message : `Saving failed (${res.status})`)
        return
      }
      setProfile(body.profile)
      setEditing(false)
    } catch {
      setError("Saving failed: the server could not be reached.")
    } finally {
      setSaving(false)
    }
  }

  const field = (label: string, value: string | null | undefined, testId: string) => (
    <div className="grid grid-cols-2 items-center px-6 py-4">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <Text size="small" leading="compact" data-testid={testId}>
        {value || "-"}
      </Text>
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Account profile</Heading>
        {profile !== undefined && !editing && (
          <Button size="small" variant="secondary" onClick={startEditing} data-testid="customer-profile-edit">
            Edit
          </Button>
        )}
      </div>
      {loadFailed && (
        <div className="px-6 py-4">
          <Text size="small">Could not load the profile.</Text>
        </div>
      )}
      {!loadFailed && profile === undefined && (
        <div className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </div>
      )}
      {profile !== undefined && !editing && (
        <>
          {field("Username", profile?.username, "customer-profile-username")}
          {field("Title", profile?.title, "customer-profile-title")}
          {field("Birthday", profile?.birthday, "customer-profile-birthday")}
        </>
      )}
      {editing && (
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="customer-profile-username-input">Username</Label>
            <Input
              id="customer-profile-username-input"
              value={form.username}
              maxLength={30}
              onChange={(e) => setForm({ ...form, username: e.target.value })}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="customer-profile-title-input">Title</Label>
            <Input
              id="customer-profile-title-input"
              value={form.title}
              maxLength={20}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="customer-profile-birthday-input">Birthday</Label>
            <Input
              id="customer-profile-birthday-input"
              type="date"
              value={form.birthday}
              onChange={(e) => setForm({ ...form, birthday: e.target.value })}
            />
          </div>
          {error && (
            <Text size="small" className="text-ui-fg-error" data-testid="customer-profile-error">
              {error}
            </Text>
          )}
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(false)} disabled={saving}>
              Cancel
            </Button>
            <Button size="small" onClick={save} isLoading={saving} data-testid="customer-profile-save">
              Save
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerAccountProfileWidget
