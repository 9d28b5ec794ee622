# syntax=docker/dockerfile:1
# OpenCPI single-page apps, served by nginx with /api/ proxied to the API. One Dockerfile for both:
#   docker build -f deploy/web.Dockerfile --build-arg APP=citizen-web  -t opencpi/citizen-web .
#   docker build -f deploy/web.Dockerfile --build-arg APP=operator-web -t opencpi/operator-web .
# Listens on 8080 as the unprivileged `nginx` user. Run-time variables: see
# deploy/nginx/templates/default.conf.template (OPENCPI_API_UPSTREAM, OPENCPI_RESOLVER, OPENCPI_REAL_IP_FROM).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27-alpine

# --- build: npm ci and the Vite production build of one app
FROM ${NODE_IMAGE} AS build
# no install-time telemetry (swagger-ui-dist pulls in @scarf/scarf)
ENV SCARF_ANALYTICS=false DO_NOT_TRACK=1
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# APP is declared after npm ci, so both apps share the cached install layer
ARG APP
RUN test "$APP" = citizen-web || test "$APP" = operator-web \
 || { echo "build-arg APP must be citizen-web or operator-web (got '$APP')" >&2; exit 1; }
COPY tsconfig.base.json nx.json ./
COPY libs ./libs
COPY apps/${APP} ./apps/${APP}
RUN npx vite build --config apps/${APP}/vite.config.mts

# --- pages: the citizen SPA's pages server (apps/citizen-web/server): the pages opened from a link rendered with the
# API's answer. Built with APP=citizen-web and --target pages:
#   docker build -f deploy/web.Dockerfile --build-arg APP=citizen-web --target pages -t opencpi/citizen-pages .
FROM ${NODE_IMAGE} AS pages
ENV NODE_ENV=production PORT=4201 WEB_ROOT=/app/web SERVER_BUNDLE=/app/server-bundle/prerender.mjs
WORKDIR /app
COPY --from=build /src/dist/apps/citizen-web/page.html ./web/page.html
COPY --from=build /src/dist/apps/citizen-web-server/ ./server-bundle/
COPY apps/citizen-web/server/ ./server/
USER node
EXPOSE 4201
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4201/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server/main.mjs"]

# --- runtime: nginx with the static files only (the default target: last)
FROM ${NGINX_IMAGE} AS runtime
ARG APP
LABEL org.opencontainers.image.title="opencpi-${APP}"
ENV OPENCPI_API_UPSTREAM=api:3000 \
    OPENCPI_RESOLVER=127.0.0.11 \
    OPENCPI_REAL_IP_FROM=127.0.0.1/32 \
    OPENCPI_PAGES_UPSTREAM= \
    NGINX_ENVSUBST_FILTER=^OPENCPI_
RUN rm -f /etc/nginx/conf.d/default.conf \
 && chown nginx:nginx /etc/nginx/conf.d
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/snippets/ /etc/nginx/snippets/
COPY deploy/nginx/templates/ /etc/nginx/templates/
COPY --from=build /src/dist/apps/${APP}/ /usr/share/nginx/html/
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
