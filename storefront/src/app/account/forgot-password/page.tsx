import type { Metadata } from "next"
import Link from "next/link"
import { ForgotPasswordForm } from "@/modules/account/components/forgot-password-form"

export const metadata: Metadata = { title: "Forgot your password?" }

export default function ForgotPasswordPage() {
  return (
    <section className="auth-card card stack">
      <h1>Forgot your password?</h1>
      <p className="muted">Enter your account&apos;s email address and we send you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p>
        <Link prefetch={false} href="/account/login">
          Back to log in
        </Link>
      </p>
    </section>
  )
}
