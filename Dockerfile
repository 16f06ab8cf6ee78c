# The policy-kg API. Neo4j runs in its own container (docker-compose.yml), so this image needs no JDK:
# NEO4J_URI is always set here, and the embedded neo4j-local/ launcher is never built.
FROM node:20-slim

WORKDIR /app
# Dependencies first, so editing source does not reinstall them. npm ci's prepare step writes the resolver types
# from schema.graphql (codegen.ts); the dev dependencies (TypeScript, codegen) build the image and are pruned after.
COPY package.json package-lock.json codegen.ts schema.graphql ./
RUN npm ci --no-audit --no-fund

# The source, compiled to dist/ (tsc, tsconfig.build.json), and what the server reads at run time: cypher/,
# seeds/, the explorer's browser assets under src/, docs/examples for the playground's example tabs.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY cypher ./cypher
COPY seeds ./seeds
COPY docs/examples ./docs/examples
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --no-audit --no-fund && npm cache clean --force

ENV NODE_ENV=production \
    NEO4J_URI=bolt://neo4j:7687 \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000
USER node
# Plain node on the compiled build: no tsx, no source maps in production.
CMD ["node", "dist/src/cli/start.js"]
