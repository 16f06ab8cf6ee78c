/**
 * The peer: @neo4j/graphql serving typeDefs.ts through the same HTTP stack as our API (Apollo Server 5 with
 * express 5 at /graphql, JSON body parser, CSRF prevention, landing page off), so the difference measured is
 * the GraphQL-to-Cypher layer and not the web framework. Only the benchmark uses it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { peerTypeDefs } from './typeDefs';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPeerServer(driver: Driver): Promise<BenchServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '25mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => apollo.stop() };
}
