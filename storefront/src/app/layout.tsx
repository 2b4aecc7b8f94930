import type { Metadata, Viewport } from "next"
import { GeistSans } from "geist/font/sans"
import { connection } from "next/server"
import type { ReactNode } from "react"
import { ConsentBanner } from "@/modules/engagement/components/consent-banner"
import { SiteFooter } from "@/modules/layout/templates/site-footer"
import { SiteHeader } from "@/modules/layout/templates/site-header"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: { default: "Medusa Shop", template: "%s · Medusa Shop" },
  description: "Groceries from brands we like, delivered across Europe.",
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next can put the proxy's CSP nonce only on
  // scripts of a page rendered for that request (a prerendered page has none).
  await connection()
  return (
    <html lang="en" className={GeistSans.variable}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter />
        <ConsentBanner />
      </body>
    </html>
  )
}
