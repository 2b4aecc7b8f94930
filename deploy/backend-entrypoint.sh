#!/bin/sh
# What the backend image runs (Dockerfile), and what `npm run test:deploy` runs
# here without containers. One role per process:
#
#   migrate   medusa db:migrate, then the idempotent seed; with PUBLISHABLE_KEY_FILE
#             set, writes the store's publishable key there for the storefront.
#             Run once per release, before the servers and workers start.
#   server    HTTP only (MEDUSA_WORKER_MODE=server): as many as you like behind a load balancer.
#   worker    subscribers, scheduled jobs and workflow steps (MEDUSA_WORKER_MODE=worker).
#
# Everything else comes from the environment (.env.template lists it). The app
# must be built (`npm run build`): Medusa starts only from .medusa/server.
set -eu

ROLE="${1:-server}"
ROOT="${SHOP_PROJECT_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
APP_DIR="$ROOT/.medusa/server"
MEDUSA_CLI="$ROOT/node_modules/@medusajs/cli/cli.js"
export SHOP_PROJECT_ROOT="$ROOT"
export MEDUSA_DISABLE_TELEMETRY="${MEDUSA_DISABLE_TELEMETRY:-true}"
export NODE_ENV="${NODE_ENV:-production}"

if [ ! -f "$APP_DIR/medusa-config.js" ]; then
  echo "backend-entrypoint: $APP_DIR has no build; run npm run build first" >&2
  exit 1
fi
cd "$APP_DIR"

# Medusa serves /static from the folder it runs in, which every build replaces:
# uploads live in UPLOAD_DIR (a volume in compose.yaml) and static/ points there.
if [ -n "${UPLOAD_DIR:-}" ] && [ "$(readlink static 2>/dev/null || true)" != "$UPLOAD_DIR" ]; then
  mkdir -p "$UPLOAD_DIR"
  rm -rf static
  ln -s "$UPLOAD_DIR" static
fi

case "$ROLE" in
  migrate)
    node "$MEDUSA_CLI" db:migrate
    node "$MEDUSA_CLI" exec ./src/scripts/seed.js
    if [ -n "${PUBLISHABLE_KEY_FILE:-}" ]; then
      node "$ROOT/deploy/publishable-key.mjs" > "$PUBLISHABLE_KEY_FILE.tmp"
      mv "$PUBLISHABLE_KEY_FILE.tmp" "$PUBLISHABLE_KEY_FILE"
      echo "backend-entrypoint: publishable key written to $PUBLISHABLE_KEY_FILE"
    fi
    ;;
  server | worker)
    export MEDUSA_WORKER_MODE="$ROLE"
    exec node "$MEDUSA_CLI" start --host "${HOST:-0.0.0.0}" --port "${PORT:-9000}"
    ;;
  *)
    echo "backend-entrypoint: unknown role \"$ROLE\" (migrate, server or worker)" >&2
    exit 64
    ;;
esac
