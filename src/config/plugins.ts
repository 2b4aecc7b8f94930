import fs from "fs"
import path from "path"

/**
 * The store's own plugins, in load order. Each lives in plugins/<name> as an
 * npm workspace and is loaded by Medusa from its built `.medusa/server`.
 */
export const storePlugins = [
  "@shop/api-v1",
  "@shop/customer-accounts",
  "@shop/brands",
  "@shop/product-index",
  "@shop/payment-mock",
  "@shop/checkout",
  "@shop/notifications",
  "@shop/invoices",
  "@shop/order-tracking",
  "@shop/support",
  "@shop/reviews",
  "@shop/engagement",
  "@shop/recommendations",
  "@shop/insights",
]

/**
 * Medusa skips a plugin without `.medusa/server` silently, which turns a
 * forgotten build into missing routes and tables. Fail loudly instead.
 */
export function assertPluginsBuilt(names: string[], from: string = process.cwd()): void {
  const missing: string[] = []
  for (const name of names) {
    let pkgFile: string
    try {
      pkgFile = require.resolve(path.join(name, "package.json"), { paths: [from] })
    } catch {
      missing.push(`${name} (not installed: run npm install)`)
      continue
    }
    const built = path.join(path.dirname(pkgFile), ".medusa", "server", "src")
    if (!fs.existsSync(built)) {
      missing.push(`${name} (no ${path.relative(from, built) || built})`)
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `These store plugins are not built, and Medusa would skip them silently:\n  - ${missing.join("\n  - ")}\n` +
        `Run "npm run build:plugins" (npm start, npm run dev and npm test do it for you).`
    )
  }
}
