"use client"

import { useActionState } from "react"
import type { Profile } from "@/lib/data/customer"
import { updateProfile } from "@/lib/data/customer"
import type { FormState } from "@/lib/util/forms"
import { Field, SelectField } from "@/modules/common/components/field"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"

const TITLES = ["Mr.", "Ms.", "Mx.", "Dr."]

export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, action] = useActionState<FormState, FormData>(updateProfile, {})
  const v = {
    username: profile.username ?? "",
    first_name: profile.first_name ?? "",
    last_name: profile.last_name ?? "",
    phone: profile.phone ?? "",
    address: profile.address ?? "",
    title: profile.title ?? "",
    birthday: profile.birthday ?? "",
    ...(state.values ?? {}),
  }
  const e = state.fieldErrors ?? {}
  const titles = v.title && !TITLES.includes(v.title) ? [v.title, ...TITLES] : TITLES
  return (
    <form action={action} className="stack" noValidate data-testid="profile-form">
      <div className="form-grid">
        <Field name="username" label="Username" autoComplete="username" defaultValue={v.username} error={e.username} required className="span-2" testId="profile-username" />
        <SelectField name="title" label="Title" defaultValue={v.title} error={e.title} optional testId="profile-title">
          <option value="">—</option>
          {titles.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </SelectField>
        <Field name="birthday" label="Birthday" type="date" defaultValue={v.birthday} error={e.birthday} optional testId="profile-birthday" />
        <Field name="first_name" label="First name" autoComplete="given-name" defaultValue={v.first_name} error={e.first_name} required testId="profile-first-name" />
        <Field name="last_name" label="Last name" autoComplete="family-name" defaultValue={v.last_name} error={e.last_name} required testId="profile-last-name" />
        <Field name="email_shown" label="Email" type="email" defaultValue={profile.email} readOnly hint="Your email is how you log in; it cannot be changed here." className="span-2" testId="profile-email" />
        <Field name="address" label="Address" autoComplete="street-address" defaultValue={v.address} error={e.address} required className="span-2" testId="profile-address" />
        <Field name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={v.phone} error={e.phone} required className="span-2" testId="profile-phone" />
      </div>
      <div aria-live="polite">
        <FormMessage error={state.error} message={state.message} testId="profile-message" />
      </div>
      <SubmitButton testId="profile-save" pendingText="Saving…">
        Save profile
      </SubmitButton>
    </form>
  )
}
