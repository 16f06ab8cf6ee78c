import { z } from 'zod';
import { MAX_METRIC_VALUE, type EntityLabel } from '../../ingest';
import { evidenceString, type Props } from '../../store';
import { parseArg } from '../args/parseArg';
import type { KgContext } from '../context';
import { curatedNodeId } from '../curatedNodeId';
import { KgErrorCode, badInput, kgError, notFound } from '../errors';
import type { EvidenceInput, MutationResolvers } from '../generated/graphql';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../limits';
import { toApiNode } from './toApiNode';

/** Mutations need an API key; reads do not (unless configured). */
function requireKey(ctx: KgContext): string {
  if (!ctx.caller.keyName) {
    throw kgError(KgErrorCode.UNAUTHENTICATED, 'Mutations need an API key: send "Authorization: Bearer <key>".');
  }
  return ctx.caller.keyName;
}

const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH, `is longer than ${MAX_NAME_LENGTH} characters`);
const optionalId = z.string().trim().min(1).max(MAX_ID_LENGTH).nullish();
const evidenceSchema = z
  .object({ reportId: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((e) => e.end > e.start, { message: 'must have end > start', path: ['end'] })
  .nullish();

/** Checks a span against the report and anchors it to its passage, as an evidence string. */
async function evidence(ctx: KgContext, e: EvidenceInput | null | undefined): Promise<string | null> {
  if (!e) return null;
  const at = await ctx.store.passageAt(e.reportId, e.start, e.end);
  if (!at) throw notFound('report', e.reportId);
  if (e.end > at.chars) throw badInput(`"evidence.end" ${e.end} is past the end of the report (${at.chars} characters).`, 'evidence.end');
  return evidenceString({ reportId: e.reportId, passageId: at.passageId ?? '', start: e.start, end: e.end, rule: 'curated' });
}

/** Update needs the id to exist with that label; create derives the id, as ingest does. */
async function targetId(ctx: KgContext, label: string, id: string | null | undefined, derived: string): Promise<string> {
  if (!id) return derived;
  const [existing] = await ctx.store.requireNodes([{ id, label: null }]);
  if (existing.label !== label) throw kgError(KgErrorCode.CONFLICT, `"${id}" is a ${existing.label}, not a ${label}.`, { id });
  return id;
}

/** Validates, resolves the id and evidence, and writes one curated node; a new node gets the id ingest would give it. */
async function upsert(ctx: KgContext, label: EntityLabel, input: unknown, schema: z.ZodType<Props>) {
  const who = requireKey(ctx);
  const v = parseArg(schema, input, 'input');
  const display = String(v.name ?? v.subject);
  const id = await targetId(ctx, label, v.id as string | null, curatedNodeId(label, v));
  const ev = await evidence(ctx, v.evidence as EvidenceInput | null);
  const { id: _id, evidence: _ev, name: _name, parentId: _p, ...rest } = v;
  const properties = Object.fromEntries(Object.entries(rest).filter(([, x]) => x !== undefined && x !== null));
  return toApiNode(await ctx.store.upsertNode({ id, label, name: display, properties, curatedBy: who, evidence: ev }));
}

const base = { id: optionalId, name, evidence: evidenceSchema };
const reportMeta = z.object({
  id: z.string().trim().regex(/^[\p{L}\p{N}._-]{1,120}$/u, 'must be 1–120 letters, digits, dot, dash or underscore'),
  title: z.string().max(300).nullish(),
  issuer: z.string().max(100).nullish(),
  region: z.string().max(50).nullish(),
  year: z.number().int().min(1949).max(2100).nullish(),
  period: z.string().max(50).nullish(),
  publishDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').nullish(),
  sourceUrl: z.string().url().max(1000).nullish(),
});

export const Mutation: MutationResolvers = {
  upsertPolicy: (_, { input }, ctx) =>
    upsert(ctx, 'Policy', input, z.object({ ...base, kind: z.string(), yearRange: z.string().max(40).nullish() })),
  upsertAgency: (_, { input }, ctx) => upsert(ctx, 'Agency', input, z.object({ ...base, kind: z.string() })),
  upsertProject: (_, { input }, ctx) =>
    upsert(ctx, 'Project', input, z.object({ ...base, kind: z.string(), status: z.string().nullish() })),
  upsertRegion: async (_, { input }, ctx) => {
    const parentId = input.parentId ?? null;
    if (parentId) await ctx.store.requireNodes([{ id: parentId, label: 'Region' }]);
    const schema = z.object({ ...base, level: z.string(), code: z.string().max(20).nullish(), parentId: optionalId });
    const region = await upsert(ctx, 'Region', input, schema);
    if (parentId) await ctx.store.linkNodes({ from: region.id, to: parentId, type: 'PART_OF', curatedBy: requireKey(ctx), evidence: null });
    return region;
  },
  upsertMetric: async (_, { input }, ctx) => {
    if (!input.id && !input.reportId) throw badInput('"input.reportId" is required when creating a metric.', 'input.reportId');
    if (input.reportId) await ctx.store.requireNodes([{ id: input.reportId, label: 'Report' }]);
    const schema = z.object({
      id: optionalId,
      subject: name,
      value: z.number().finite().min(-MAX_METRIC_VALUE, `must be at least ${-MAX_METRIC_VALUE}`).max(MAX_METRIC_VALUE, `must be at most ${MAX_METRIC_VALUE}`),
      unit: z.string().trim().min(1).max(20),
      kind: z.string(),
      period: z.string().max(40).nullish(),
      reportId: z.string().min(1).nullish(),
      evidence: evidenceSchema,
    });
    return upsert(ctx, 'Metric', input, schema);
  },

  link: async (_, args, ctx) => {
    const who = requireKey(ctx);
    await ctx.store.requireNodes([{ id: args.from, label: null }, { id: args.to, label: null }]);
    const ev = await evidence(ctx, parseArg(evidenceSchema, args.evidence, 'evidence'));
    const rel = await ctx.store.linkNodes({ from: args.from, to: args.to, type: args.type, curatedBy: who, evidence: ev });
    if (!rel) throw notFound('entity', `${args.from} or ${args.to}`);
    return rel;
  },

  unlink: async (_, args, ctx) => {
    const who = requireKey(ctx);
    await ctx.store.requireNodes([{ id: args.from, label: null }, { id: args.to, label: null }]);
    return ctx.store.unlinkNodes({ ...args, curatedBy: who });
  },

  deleteNode: async (_, args, ctx) => {
    const who = requireKey(ctx);
    const [n] = await ctx.store.requireNodes([{ id: args.id, label: null }]);
    if (n.label === 'Report' || n.label === 'Passage') {
      throw badInput(`"${args.id}" is a ${n.label}; use deleteReport for reports.`, 'id');
    }
    return ctx.store.deleteNode({ id: args.id, curatedBy: who });
  },

  ingestReport: async (_, args, ctx) => {
    requireKey(ctx);
    const meta = parseArg(reportMeta, args.meta, 'meta');
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined));
    const result = await ctx.store.ingestReport(args.text, given);
    return {
      report: toApiNode(result.report),
      changed: result.changed,
      nodes: Object.entries(result.nodes).map(([label, count]) => ({ label, count })),
      relationships: Object.entries(result.relationships).map(([type, count]) => ({ type, count })),
    };
  },

  deleteReport: async (_, args, ctx) => {
    requireKey(ctx);
    const deleted = await ctx.store.deleteReport(args.id);
    if (!deleted) throw notFound('report', args.id);
    return true;
  },
};
