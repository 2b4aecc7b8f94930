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

const nextConfig: NextConfig = {
  // The browser tests build into their own folder (bin/lib/storefront.mjs).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [backendImages],
    formats: ["image/avif", "image/webp"],
    // The optimizer refuses private addresses unless told; allowed only when
    // the backend itself runs on loopback (the remote pattern above still
    // limits it to that host, port and /static).
    dangerouslyAllowLocalIP: loopback,
  },
}

export default nextConfig
