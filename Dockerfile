# The policy-kg API. Neo4j runs in its own container (docker-compose.yml), so this image needs no JDK:
# NEO4J_URI is always set here, and the embedded neo4j-local/ launcher is never built.
FROM node:20-slim

WORKDIR /app
# Dependencies first, so editing source does not reinstall them. Dev dependencies stay: `npm start` runs tsx.
# npm ci's prepare step writes the resolver types from schema.graphql (codegen.ts).
COPY package.json package-lock.json codegen.ts schema.graphql ./
RUN npm ci --no-audit --no-fund && npm cache clean --force

# Only what the server reads at run time (docs/examples feeds the playground's example tabs).
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seeds ./seeds
COPY docs/examples ./docs/examples

ENV NODE_ENV=production \
    NEO4J_URI=bolt://neo4j:7687 \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000
USER node
CMD ["npm", "start"]
