# One image for the API (which serves the built web app), the worker and the migrate command.
# Build: docker build -t passerelle .   Run: see docker-compose.yml.

FROM node:26-bookworm-slim AS build
WORKDIR /src
RUN npm install --global pnpm@10.34.9
# Dependencies first, so that a code change does not re-download them.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY tools/devstack/package.json tools/devstack/
COPY e2e/package.json e2e/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm turbo run build --filter=@passerelle/api --filter=@passerelle/web \
  && pnpm --filter @passerelle/api deploy --legacy --prod /out/api \
  && cp -r apps/web/dist /out/web

FROM node:26-bookworm-slim
ENV NODE_ENV=production \
    WEB_DIST_DIR=/app/web \
    PORT=3000
WORKDIR /app
COPY --from=build /out/api /app/api
COPY --from=build /out/web /app/web
# The folder of uploaded files (FILE_STORAGE_DIR in docker-compose.yml), owned by the user the API runs as,
# so that a volume mounted there starts with that owner.
RUN mkdir -p /var/lib/passerelle/files && chown -R node:node /var/lib/passerelle && chmod 700 /var/lib/passerelle/files
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "--max-old-space-size=192", "api/dist/main.js"]
