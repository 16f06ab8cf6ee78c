/**
 * API benchmark: p50/p99 latency and throughput of four GraphQL operations through HTTP (autocannon), next to
 * the same data fetched by one hand-written Cypher query through the driver at the same concurrency.
 *   npx tsx bench/api.ts [--url http://127.0.0.1:4000] [--seconds 10] [--connections 10]
 * Without --url it starts a server itself (local Neo4j unless NEO4J_URI is set; seed report loaded if empty).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { escapeLucene } from '../src/api';
import { loadConfig } from '../src/server/config';
import { startServer } from '../src/server/main';
import { createDriver } from '../src/store';

const { values } = parseArgs({ options: { url: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' } } });
const seconds = Number(values.seconds ?? 10);
const connections = Number(values.connections ?? 10);

const scenarios = [
  {
    name: 'lookup node(id)',
    query: `{ node(id: "project:渝昆高铁") { id name ... on Project { kind status } } }`,
    cypher: 'lookup',
    params: { id: 'project:渝昆高铁' },
  },
  {
    name: '3-level projects→regions→parent',
    query: `{ projects(first: 30) { nodes { name regions(first: 5) { nodes { name parent { name } } } } } }`,
    cypher: 'nested',
    params: { first: neo4j.int(30) },
  },
  {
    name: 'policyRegionLinks(重庆市)',
    query: `{ policyRegionLinks(regionId: "region:重庆市", first: 20) { length policy { name } path { nodes { name } } sources { text } } }`,
    cypher: 'links',
    params: { regionId: 'region:重庆市' },
  },
  {
    name: 'search(陆海新通道)',
    query: `{ search(query: "陆海新通道", first: 20) { score node { id name } } }`,
    cypher: 'search',
    params: { query: escapeLucene('陆海新通道') },
  },
];

const cypherText = (name: string) =>
  fs.readFileSync(path.join(__dirname, 'cypher', `${name}.cypher`), 'utf8').replace(/^\/\/.*$/gm, '').trim();

interface Stats {
  p50: number;
  p99: number;
  rps: number;
}

async function viaHttp(url: string, query: string): Promise<Stats> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors for ${query}`);
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

async function viaDriver(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Stats> {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = process.hrtime.bigint();
      await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / seconds };
}

async function main() {
  const config = loadConfig(values.url ? process.env : { ...process.env, PORT: '0' });
  const server = values.url ? null : await startServer(config);
  const url = values.url ?? server!.url;
  const driver = createDriver(config.neo4j);
  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`${connections} connections, ${seconds} s per run, against ${url}\n`);
  console.log(`${'operation'.padEnd(34)} ${'via'.padEnd(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)}`);
  try {
    for (const s of scenarios) {
      const api = await viaHttp(url, s.query);
      const raw = await viaDriver(driver, cypherText(s.cypher), s.params);
      console.log(`${s.name.padEnd(34)} ${'GraphQL'.padEnd(8)} ${fmt(api.p50)} ${fmt(api.p99)} ${fmt(api.rps)}`);
      console.log(`${''.padEnd(34)} ${'Cypher'.padEnd(8)} ${fmt(raw.p50)} ${fmt(raw.p99)} ${fmt(raw.rps)}`);
      console.log(`${''.padEnd(34)} ${'ratio'.padEnd(8)} ${fmt(api.p50 / raw.p50)} ${fmt(api.p99 / raw.p99)} ${fmt(api.rps / raw.rps)}`);
    }
  } finally {
    await driver.close();
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
