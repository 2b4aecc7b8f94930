// medusaIntegrationTestRunner starts its server with app.listen and a port only, which
// listens on every interface. Tests must only be reachable from this machine:
// a listen() call without a host binds to 127.0.0.1 instead.
const http = require("http")

const originalListen = http.Server.prototype.listen
http.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === "number" && (args.length === 1 || typeof args[1] === "function")) {
    args.splice(1, 0, "127.0.0.1")
  } else if (args[0] && typeof args[0] === "object" && !Array.isArray(args[0]) && args[0].port !== undefined && !args[0].host) {
    args[0] = { ...args[0], host: "127.0.0.1" }
  }
  return originalListen.apply(this, args)
}

// Tests upload seed images through Medusa's file module: keep them out of the
// developer's own uploads folder.
const os = require("os")
const path = require("path")
process.env.UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(os.tmpdir(), "shop-test-uploads")
