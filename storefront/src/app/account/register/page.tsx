import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getProfile } from "@/lib/data/customer"
import { RegisterForm } from "@/modules/account/components/register-form"

export const metadata: Metadata = { title: "Create an account" }

export default async function RegisterPage() {
  if (await getProfile()) redirect("/account")
  return (
    <section className="auth-card card stack">
      <h1>Create an account</h1>
      <RegisterForm />
    </section>
  )
}
