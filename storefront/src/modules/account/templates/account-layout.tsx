import type { ReactNode } from "react"
import { AccountNav } from "@/modules/account/components/account-nav"

export function AccountLayout({ current, children }: { current: string; children: ReactNode }) {
  return (
    <div className="account-layout" data-testid="account-page">
      <AccountNav current={current} />
      <div className="stack">{children}</div>
    </div>
  )
}
