# Not built on the development machine (it has no Docker engine); tests/ops/production-install.test.ts
# runs the production stage's steps (npm ci --omit=dev in a copy of these files, then npm start).

# --- build: every dependency, compile TypeScript once ---
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles with node-gyp; .npmrc points it at the local Node headers.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build

# --- production: dependencies without devDependencies, and the built dist/ ---
FROM node:20-bookworm-slim AS production
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/package-lock.json ./package-lock.json
COPY --from=build /app/.npmrc ./.npmrc
COPY --from=build /app/prisma.config.ts ./prisma.config.ts
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts/schema-engine-wasm.mjs ./scripts/schema-engine-wasm.mjs
COPY --from=build /app/scripts/build-if-stale.mjs ./scripts/build-if-stale.mjs
COPY --from=build /app/dist ./dist
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# SQLite lives here unless DATABASE_URL names PostgreSQL.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV DATABASE_URL=file:/app/data/bot.db
EXPOSE 3000
# npm start: migrations (only when one is missing), then the bot. SIGTERM reaches node through npm;
# the bot hands back its claims and stops within about 10 s (compose's stop_grace_period is 20 s).
CMD ["npm", "start", "--silent"]
