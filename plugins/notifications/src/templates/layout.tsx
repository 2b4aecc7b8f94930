import * as React from "react"
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"
import type { Brand } from "../lib/brand"

type LayoutProps = {
  brand: Brand
  preview: string
  title: string
  children: ReactNode
}

/** The frame every mail shares: the shop's name in its colours, the content, a footer. */
export function EmailLayout({ brand, preview, title, children }: LayoutProps) {
  const c = brand.colours
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: c.background, color: c.text, fontFamily: "Helvetica, Arial, sans-serif", margin: 0 }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "24px 0" }}>
          <Section style={{ backgroundColor: c.primary, padding: "20px 28px", borderRadius: "6px 6px 0 0" }}>
            <Text style={{ color: c.surface, fontSize: "20px", fontWeight: 700, margin: 0 }}>{brand.shopName}</Text>
          </Section>
          <Section style={{ backgroundColor: c.surface, padding: "28px", border: `1px solid ${c.border}`, borderTop: "none" }}>
            <Heading as="h1" style={{ color: c.primary, fontSize: "22px", margin: "0 0 16px" }}>
              {title}
            </Heading>
            {children}
          </Section>
          <Hr style={{ borderColor: c.border, margin: "16px 0" }} />
          <Text style={{ color: c.muted, fontSize: "12px", textAlign: "center", margin: 0 }}>
            {brand.shopName} · {brand.storefrontUrl}
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

export function Paragraph({ brand, children }: { brand: Brand; children: ReactNode }) {
  return <Text style={{ color: brand.colours.text, fontSize: "15px", lineHeight: "22px", margin: "0 0 14px" }}>{children}</Text>
}
