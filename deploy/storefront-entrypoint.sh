#!/bin/sh
# What the storefront image runs (storefront/Dockerfile), and what
# `npm run test:deploy` runs here: Next's standalone server, built with
# NEXT_OUTPUT=standalone and completed by deploy/storefront-standalone.mjs.
#
#   MEDUSA_BACKEND_URL       the backend as the storefront's server reaches it
#   MEDUSA_PUBLISHABLE_KEY   the store's key, or MEDUSA_PUBLISHABLE_KEY_FILE: a file
#                            holding it (written by `backend-entrypoint.sh migrate`);
#                            the file is waited for up to PUBLISHABLE_KEY_WAIT seconds
#   STOREFRONT_URL           the storefront's public URL
#   STOREFRONT_HOST, PORT    where it listens (0.0.0.0:8000)
set -eu

STANDALONE_DIR="${STANDALONE_DIR:-$(cd "$(dirname "$0")/.." && pwd)/storefront/.next/standalone}"

if [ -z "${MEDUSA_PUBLISHABLE_KEY:-}" ] && [ -n "${MEDUSA_PUBLISHABLE_KEY_FILE:-}" ]; then
  waited=0
  while [ ! -s "$MEDUSA_PUBLISHABLE_KEY_FILE" ]; do
    if [ "$waited" -ge "${PUBLISHABLE_KEY_WAIT:-300}" ]; then
      echo "storefront-entrypoint: no publishable key in $MEDUSA_PUBLISHABLE_KEY_FILE after ${waited} s" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  MEDUSA_PUBLISHABLE_KEY="$(head -n 1 "$MEDUSA_PUBLISHABLE_KEY_FILE")"
fi
if [ -z "${MEDUSA_PUBLISHABLE_KEY:-}" ]; then
  echo "storefront-entrypoint: set MEDUSA_PUBLISHABLE_KEY or MEDUSA_PUBLISHABLE_KEY_FILE" >&2
  exit 1
fi
export MEDUSA_PUBLISHABLE_KEY
export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
# Not HOSTNAME: Docker sets it to the container id, and Next listens on HOSTNAME.
export HOSTNAME="${STOREFRONT_HOST:-0.0.0.0}"
export PORT="${PORT:-8000}"

if [ ! -f "$STANDALONE_DIR/server.js" ]; then
  echo "storefront-entrypoint: $STANDALONE_DIR/server.js is missing; build with NEXT_OUTPUT=standalone (npm run build:storefront:standalone)" >&2
  exit 1
fi
cd "$STANDALONE_DIR"
exec node server.js
