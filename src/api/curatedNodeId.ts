import { nodeId, type EntityLabel } from '../ingest';

/** The fields of a curated create that name the node: a metric is named by its figures, the others by their name. */
export interface CuratedName {
  name?: unknown;
  subject?: unknown;
  value?: unknown;
  unit?: unknown;
  kind?: unknown;
  period?: unknown;
  reportId?: unknown;
}

/**
 * The id a curated create gives a node: the id extraction gives the same written name, so that
 * `upsertPolicy(name: "《X》")` curates the extracted `policy:X` instead of creating a second node.
 */
export function curatedNodeId(label: EntityLabel, input: CuratedName): string {
  const fields = Object.fromEntries(
    Object.entries(input).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
  );
  const kind = label.toLowerCase() as Lowercase<EntityLabel>;
  return nodeId({ kind, name: String(input.name ?? input.subject), fields }, String(input.reportId ?? ''));
}
