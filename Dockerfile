# syntax=docker/dockerfile:1
# The backend image: Medusa with every store plugin and the admin dashboard.
# One image, three roles (deploy/backend-entrypoint.sh): migrate, server, worker.
#   docker build -t medusa-shop-backend .          (compose.yaml builds it too)
ARG NODE_VERSION=20.20

# ---- build: install, build the plugins, then the app (.medusa/server), drop dev dependencies
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
# The npm of package.json's packageManager (Node 20's own is npm 10), as the lock was written with.
RUN npm install -g npm@11.19.1 --no-audit --no-fund
# .dockerignore leaves storefront/ out: the root postinstall then skips its install.
COPY . .
RUN npm ci --no-audit --no-fund
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- run: the built app and production dependencies, as the unprivileged user `node`
FROM node:${NODE_VERSION}-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    HOST=0.0.0.0 \
    PORT=9000 \
    UPLOAD_DIR=/app/uploads
COPY --from=build --chown=node:node /app /app
# Mount points of compose.yaml's volumes: a fresh named volume takes their owner,
# so `node` may write uploads and the publishable key (/shared) there.
RUN mkdir -p /app/uploads /shared && chown node:node /app/uploads /shared
USER node
EXPOSE 9000
# /health answers 200 once Medusa has loaded; a worker answers it too.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 9000}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/app/deploy/backend-entrypoint.sh"]
CMD ["server"]
