"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import type { FieldError } from "@/lib/data/api-v1"
import { apiV1 } from "@/lib/data/api-v1"
import { forgetCart } from "@/lib/data/cart"
import { carryCartIntoAccount } from "@/lib/data/cart-merge"
import { mergeVisitorIntoCustomer } from "@/lib/data/engagement"
import { adoptAccountConsent } from "@/lib/data/tracking-consent"
import { getVisitorId } from "@/lib/data/visitor"
import { getAuthHeaders, getAuthToken, removeAuthToken, setAuthToken } from "@/lib/data/cookies"
import { errorStatus } from "@/lib/util/errors"
import { safeNext } from "@/lib/util/safe-next"
import type { FormState } from "@/lib/util/forms"
import { text, valuesOf } from "@/lib/util/forms"
import { waitInWords } from "@/lib/util/wait"

/** GET /api/v1/customer/me/ (see the api contract). */
export type Profile = {
  id?: string
  username: string
  first_name: string
  last_name: string
  email: string
  phone: string | null
  title: string | null
  birthday: string | null
  address: string | null
}

type LoginResponse = { token: string; customer: { id: string; username: string; first_name: string; email: string } }

/** The logged-in shopper's profile, or null for a guest (or an expired login). */
export async function getProfile(): Promise<Profile | null> {
  const token = await getAuthToken()
  if (!token) return null
  const result = await apiV1<Profile | { customer: Profile }>("customer/me/", { token })
  if (!result.ok) return null
  return "customer" in result.data ? result.data.customer : result.data
}

/** The logged-in shopper as Medusa's store API sees them (id, addresses), or null. */
export async function getStoreCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "*addresses" }, headers)
    return customer
  } catch (error) {
    if (errorStatus(error) === 401) return null
    throw error
  }
}

const FIELD_LABELS: Record<string, string> = {
  username: "The username",
  first_name: "The first name",
  last_name: "The last name",
  email: "The email",
  password: "The password",
  address: "The address",
  phone: "The phone number",
  title: "The title",
  birthday: "The birthday",
  current_password: "The current password",
  new_password: "The new password",
}

/** The API's `errors` by field; its messages are phrases ("is required"), so they get their field's name. */
function toFieldErrors(errors: FieldError[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) {
    const field = e.field.split(".")[0] || "form"
    const label = FIELD_LABELS[field]
    const message = label && /^[a-z]/.test(e.message) ? `${label} ${e.message.replace(/\.$/, "")}.` : e.message
    out[field] ??= message
  }
  return out
}

function tooMany(retryAfter: number | null): string {
  return retryAfter
    ? `Too many attempts. Please try again in ${waitInWords(retryAfter)}.`
    : "Too many attempts. Please try again later."
}

async function logIn(login: string, password: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const result = await apiV1<LoginResponse>("customer/login/", {
    method: "POST",
    body: { login, password },
    forwardClient: true,
  })
  if (result.ok) {
    await setAuthToken(result.data.token)
    // (a cookie set in this action is not readable in it: the token is passed on)
    await carryCartIntoAccount(result.data.token)
    await mergeVisitorIntoCustomer({ token: result.data.token, visitorId: await getVisitorId() })
    await adoptAccountConsent(result.data.token, await getVisitorId())
    return { ok: true }
  }
  if (result.status === 429) return { ok: false, error: tooMany(result.retryAfter) }
  if (result.status === 401 || result.status === 400) {
    return { ok: false, error: "The username/email or password is not right." }
  }
  return { ok: false, error: `Login failed (${result.errorMessage}). Please try again.` }
}

export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, ["login"])
  const password = formData.get("password")
  const fieldErrors: Record<string, string> = {}
  if (!values.login) fieldErrors.login = "Enter your username or email."
  if (typeof password !== "string" || !password) fieldErrors.password = "Enter your password."
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  const outcome = await logIn(values.login, password as string)
  if (!outcome.ok) return { error: outcome.error, values }
  redirect(safeNext(text(formData, "next")))
}

/** An empty field is "required", whatever rule of its format the API names first ("digits only"). */
function requiredWhenEmpty(fieldErrors: Record<string, string>, values: Record<string, string>): Record<string, string> {
  const out = { ...fieldErrors }
  for (const field of Object.keys(out)) {
    if (field in values && !values[field] && FIELD_LABELS[field]) out[field] = `${FIELD_LABELS[field]} is required.`
  }
  return out
}

const REGISTRATION_FIELDS = [
  "username",
  "first_name",
  "last_name",
  "email",
  "address",
  "phone",
  "title",
  "birthday",
] as const

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = valuesOf(formData, [...REGISTRATION_FIELDS])
  const password = formData.get("password")
  const body: Record<string, string> = { ...values, password: typeof password === "string" ? password : "" }
  // The optional fields are left out rather than sent empty.
  for (const optional of ["title", "birthday"]) if (!body[optional]) delete body[optional]

  const result = await apiV1<{ username: string; email: string }>("customer/registration/", {
    method: "POST",
    body,
    forwardClient: true,
  })
  if (!result.ok) {
    if (result.status === 409) {
      const field = /email/i.test(result.errorMessage) ? "email" : "username"
      return { error: result.errorMessage, fieldErrors: { [field]: result.errorMessage }, values }
    }
    if (result.status === 429) return { error: tooMany(result.retryAfter), values }
    if (result.status === 400) {
      return { error: "Please check the highlighted fields.", fieldErrors: requiredWhenEmpty(toFieldErrors(result.errors), values), values }
    }
    return { error: `Registration failed (${result.errorMessage}). Please try again.`, values }
  }
  const outcome = await logIn(values.username, body.password)
  if (!outcome.ok) redirect("/account/login?registered=1")
  redirect("/account?welcome=1")
}

export async function logout(): Promise<void> {
  const token = await getAuthToken()
  if (token) await apiV1("customer/logout/", { method: "POST", token, body: {} }).catch(() => undefined)
  await removeAuthToken()
  // The cart belonged to the account: the next shopper on this browser starts afresh.
  await forgetCart()
  redirect("/")
}

// The email is the login identity: the API does not change it.
const PROFILE_FIELDS = ["username", "first_name", "last_name", "phone", "address", "title", "birthday"]

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = await getAuthToken()
  if (!token) redirect("/account/login")
  const values = valuesOf(formData, PROFILE_FIELDS)
  const body: Record<string, string | null> = { ...values }
  for (const optional of ["title", "birthday"]) if (!body[optional]) body[optional] = null
  const result = await apiV1<Profile>("customer/me/", { method: "POST", token, body })
  if (result.ok) return { ok: true, message: "Your profile was saved.", values }
  if (result.status === 401) redirect("/account/login")
  if (result.status === 409) return { error: result.errorMessage, fieldErrors: { username: result.errorMessage }, values }
  if (result.status === 400) {
    return { error: "Please check the highlighted fields.", fieldErrors: toFieldErrors(result.errors), values }
  }
  return { error: `Saving failed (${result.errorMessage}).`, values }
}

export async function changePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = await getAuthToken()
  if (!token) redirect("/account/login")
  const current = formData.get("current_password")
  const next = formData.get("new_password")
  const body = {
    current_password: typeof current === "string" ? current : "",
    new_password: typeof next === "string" ? next : "",
  }
  const result = await apiV1<{ success: boolean }>("customer/me/password/", {
    method: "POST",
    token,
    body,
    forwardClient: true,
  })
  if (result.ok) return { ok: true, message: "Your password was changed." }
  if (result.status === 401) redirect("/account/login")
  if (result.status === 429) return { error: tooMany(result.retryAfter) }
  if (result.status === 400) return { error: "Please check the highlighted fields.", fieldErrors: toFieldErrors(result.errors) }
  return { error: `The password could not be changed (${result.errorMessage}).` }
}

export async function deleteAccount(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = await getAuthToken()
  if (!token) redirect("/account/login")
  if (text(formData, "confirm") !== "DELETE") {
    return { fieldErrors: { confirm: 'Type DELETE to confirm.' } }
  }
  const result = await apiV1("customer/me/", { method: "DELETE", token })
  if (!result.ok && result.status !== 401) return { error: `The account could not be deleted (${result.errorMessage}).` }
  await removeAuthToken()
  await forgetCart()
  redirect("/?account=deleted")
}
