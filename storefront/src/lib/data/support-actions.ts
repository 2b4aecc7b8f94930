"use server"

import { redirect } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import type { SupportRequest } from "@/lib/data/support"
import { call } from "@/lib/data/support"
import type { FormState } from "@/lib/util/forms"
import { text, valuesOf } from "@/lib/util/forms"
import { waitInWords } from "@/lib/util/wait"

function failure(res: { status: number; message: string; retryAfter: number | null }, values?: Record<string, string>): FormState {
  if (res.status === 429) {
    return {
      error: `Too many requests. Please try again${res.retryAfter ? ` in ${waitInWords(res.retryAfter)}` : " later"}.`,
      values,
    }
  }
  if (res.status === 400) {
    // The backend's validator speaks to developers ("Value for field 'subject' too small…"):
    // the shopper gets one plain sentence per field it names, and one line above them.
    const fieldErrors: Record<string, string> = {}
    for (const [field, plain] of Object.entries(FIELD_MESSAGES)) {
      if (new RegExp(`\\b${field}\\b`, "i").test(res.message)) fieldErrors[field] = plain
    }
    return {
      error: Object.keys(fieldErrors).length ? CHECK_FIELDS : "Your request could not be sent. Please check what you entered.",
      fieldErrors,
      values,
    }
  }
  if (res.status === 404) return { error: "This request was not found.", values }
  return { error: `Your request could not be sent (${res.message}).`, values }
}

const FORM_FIELDS = ["subject", "category", "message", "order_id", "email"]

const CHECK_FIELDS = "Please check the highlighted fields."
const FIELD_MESSAGES: Record<string, string> = {
  email: "Enter a valid email address, so we can answer you.",
  category: "Choose what your request is about.",
  subject: "Enter a subject (up to 200 characters, one line).",
  message: "Write your message (up to 10,000 characters).",
  order_id: "Choose one of your orders, or no particular order.",
}

/** The form's own checks, before anything is sent: one plain message per field. */
function checkRequest(values: Record<string, string>, guest: boolean): Record<string, string> {
  const errors: Record<string, string> = {}
  if (guest && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = FIELD_MESSAGES.email
  if (!values.category) errors.category = FIELD_MESSAGES.category
  if (!values.subject || values.subject.length > 200) errors.subject = FIELD_MESSAGES.subject
  if (!values.message || values.message.length > 10_000) errors.message = FIELD_MESSAGES.message
  return errors
}

/** Opens a request: as the logged-in customer, or as a guest with their email (and an order's proof, when about one). */
export async function openSupportRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, FORM_FIELDS)
  const token = await getAuthToken()
  const orderEmail = text(formData, "order_email")
  const orderToken = text(formData, "order_token")
  const fieldErrors = checkRequest(values, !token)
  if (Object.keys(fieldErrors).length) return { error: CHECK_FIELDS, fieldErrors, values }
  const body: Record<string, string> = { subject: values.subject, category: values.category, message: values.message }
  if (values.order_id) body.order_id = values.order_id
  if (!token) body.email = values.email
  const res = await call<{ support_request: SupportRequest; access_token?: string }>(
    "POST",
    "/store/support-requests",
    { token, orderProof: !token && orderEmail && orderToken ? { email: orderEmail, token: orderToken } : null },
    body
  )
  if (!res.ok) return failure(res, values)
  const created = res.data.support_request
  if (token) redirect(`/account/support/${encodeURIComponent(created.id)}?opened=1`)
  redirect(`/support/${encodeURIComponent(created.id)}?token=${encodeURIComponent(res.data.access_token ?? "")}&opened=1`)
}

/** Adds the customer's (or guest's) message to a thread. */
export async function replyToSupportRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, "id")
  const supportToken = text(formData, "support_token") || null
  const token = supportToken ? null : await getAuthToken()
  const message = text(formData, "message")
  if (!message) return { error: "Write your message first.", values: { message } }
  const res = await call<{ support_request: SupportRequest }>(
    "POST",
    `/store/support-requests/${encodeURIComponent(id)}/messages`,
    { token, supportToken },
    { message }
  )
  if (!res.ok) return failure(res, { message })
  redirect(threadUrl(id, supportToken))
}

/** Closes a thread the shopper no longer needs. */
export async function closeSupportRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, "id")
  const supportToken = text(formData, "support_token") || null
  const token = supportToken ? null : await getAuthToken()
  const res = await call<{ support_request: SupportRequest }>(
    "POST",
    `/store/support-requests/${encodeURIComponent(id)}/close`,
    { token, supportToken },
    {}
  )
  if (!res.ok) return failure(res)
  redirect(threadUrl(id, supportToken))
}

function threadUrl(id: string, supportToken: string | null): string {
  return supportToken
    ? `/support/${encodeURIComponent(id)}?token=${encodeURIComponent(supportToken)}`
    : `/account/support/${encodeURIComponent(id)}`
}
