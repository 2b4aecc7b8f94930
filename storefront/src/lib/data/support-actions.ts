"use server"

import { redirect } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import type { SupportRequest } from "@/lib/data/support"
import { call } from "@/lib/data/support"
import type { FormState } from "@/lib/util/forms"
import { text, valuesOf } from "@/lib/util/forms"

function failure(res: { status: number; message: string; retryAfter: number | null }, values?: Record<string, string>): FormState {
  if (res.status === 429) {
    return {
      error: `Too many requests. Please try again${res.retryAfter ? ` in ${Math.ceil(res.retryAfter / 60)} minute(s)` : " later"}.`,
      values,
    }
  }
  if (res.status === 400) {
    const fieldErrors: Record<string, string> = {}
    for (const field of ["subject", "category", "message", "email", "order_id"]) {
      if (new RegExp(`\\b${field}\\b`, "i").test(res.message)) fieldErrors[field] = res.message
    }
    return { error: res.message || "Please check the highlighted fields.", fieldErrors, values }
  }
  if (res.status === 404) return { error: "This request was not found.", values }
  return { error: `Your request could not be sent (${res.message}).`, values }
}

const FORM_FIELDS = ["subject", "category", "message", "order_id", "email"]

/** Opens a request: as the logged-in customer, or as a guest with their email (and an order's proof, when about one). */
export async function openSupportRequest(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, FORM_FIELDS)
  const token = await getAuthToken()
  const orderEmail = text(formData, "order_email")
  const orderToken = text(formData, "order_token")
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
