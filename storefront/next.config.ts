import type { NextConfig } from "next"
import type { RemotePattern } from "next/dist/shared/lib/image-config"

// Product images come from the backend's own /static folder, nowhere else.
// This file is read again by `next start`, so the backend URL given at run
// time decides which host the image optimizer may fetch from.
const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000")
const backendImages: RemotePattern = {
  protocol: backendUrl.protocol === "https:" ? "https" : "http",
  hostname: backendUrl.hostname,
  port: backendUrl.port,
  pathname: "/static/**",
}
const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(backendUrl.hostname)

// NEXT_OUTPUT=standalone (set only by deploy/storefront-standalone.mjs, for the
// container image) adds .next/standalone: a server without node_modules. Its
// server bakes this config in at build time, when the backend's public URL is
// not known yet, so it serves product images as they are instead of through
// the optimizer, whose remote pattern would name the wrong host.
const standalone = process.env.NEXT_OUTPUT === "standalone"

const nextConfig: NextConfig = {
  // The browser tests build into their own folder (bin/lib/storefront.mjs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  ...(standalone ? { output: "standalone" as const, outputFileTracingRoot: process.cwd() } : {}),
  images: {
    unoptimized: standalone,
    remotePatterns: [backendImages],
    formats: ["image/avif", "image/webp"],
    // The optimizer refuses private addresses unless told; allowed only when
    // the backend itself runs on loopback (the remote pattern above still
    // limits it to that host, port and /static).
    dangerouslyAllowLocalIP: loopback,
  },
}

export default nextConfig
