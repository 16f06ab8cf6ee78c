/**
 * The hand-written baseline: node:http and one parameterised Cypher per shape through neo4j-driver
 * (driver.executeQuery, read routing), answering the rows as JSON. `POST /<shape key>` with a JSON body of
 * parameters. No GraphQL, no validation beyond the shape's name: the floor a GraphQL layer is measured against.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { BenchServer } from './peerServer';
import { integerParams, shapes } from './shapes';

const statements = new Map(shapes.map((s) => [`/${s.key}`, s.cypher]));

function cypherParams(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, integerParams.has(k) && typeof v === 'number' ? neo4j.int(v) : v]),
  );
}

export async function startHandWrittenServer(driver: Driver): Promise<BenchServer> {
  const server = http.createServer((req, res) => {
    const cypher = req.method === 'POST' ? statements.get(req.url ?? '') : undefined;
    if (!cypher) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      (async () => {
        const params = cypherParams(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
        const result = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
        const body = JSON.stringify(result.records.map((r) => r.toObject()));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
      })().catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
