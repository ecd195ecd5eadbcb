# syntax=docker/dockerfile:1
# LÖK-boten. Build: docker build -t lok-boten .  Run: see README ("Deploy").
# Same base image for build and run; the run stage has no dev dependencies and runs as a non-root user.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY src/bin ./src/bin
COPY prisma ./prisma
COPY prisma.config.ts ./
# postinstall generates the Prisma client into src/db/generated (offline; see DEVELOPERS.md).
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npx tsc --noEmit -p . \
 && npm prune --omit=dev

FROM ${NODE_IMAGE} AS run
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/prisma ./prisma
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# One port for everything: the web page, /slack/events, /api/messages and /healthz.
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering", "src/bin/lok.mjs", "serve"]
