import { nodeId } from '../../ingest';
import type { Props } from '../../store';
import type { KgContext } from '../context';
import { pageArgs, toConnection } from '../args/pagination';
import { type ApiNode, type ApiSource, type ConnArgs, toApiNode } from './shared';

type Ctx = KgContext;

interface ApiSection {
  id: string;
  level: number;
  number: string;
  title: string;
  start: number;
  end: number;
  children: ApiSection[];
}

function sectionTree(rows: Props[]): ApiSection[] {
  const byId = new Map<string, ApiSection>();
  const roots: ApiSection[] = [];
  for (const r of rows) {
    byId.set(String(r.id), {
      id: String(r.id),
      level: Number(r.level),
      number: String(r.number ?? ''),
      title: String(r.title ?? ''),
      start: Number(r.start),
      end: Number(r.end),
      children: [],
    });
  }
  for (const r of rows) {
    const node = byId.get(String(r.id))!;
    const parent = r.parentId ? byId.get(String(r.parentId)) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export const Report = {
  name: (r: ApiNode) => r.title ?? r.name,
  sources: (r: ApiNode): ApiSource[] => [
    {
      reportId: r.id,
      passageId: null,
      start: Number(r.titleStart ?? 0),
      end: Number(r.titleEnd ?? String(r.title ?? '').length),
      rule: 'report.title',
      text: String(r.title ?? ''),
    },
  ],
  region: async (r: ApiNode, _: unknown, ctx: Ctx) => {
    if (!r.region) return null;
    const g = await ctx.nodes.load(nodeId({ kind: 'region', name: String(r.region), fields: {} }, r.id));
    return g ? toApiNode(g) : null;
  },
  text: async (r: ApiNode, _: unknown, ctx: Ctx) => (await ctx.store.reportText(r.id)) ?? '',
  sections: async (r: ApiNode, _: unknown, ctx: Ctx) => {
    const rows = await ctx.batch('sections', (ids) => ctx.store.reportSections(ids)).load(r.id);
    return sectionTree(rows ?? []);
  },
  passages: async (r: ApiNode, args: ConnArgs, ctx: Ctx) => {
    const page = pageArgs(args, ctx.limits.maxPageSize);
    return toConnection(await ctx.store.reportPassages(r.id, page), toApiNode, page.offset);
  },
  entityCounts: async (r: ApiNode, _: unknown, ctx: Ctx) =>
    (await ctx.batch('entityCounts', (ids) => ctx.store.reportEntityCounts(ids)).load(r.id)) ?? [],
  ingestedAt: (r: ApiNode) => String(r.ingestedAt ?? ''),
};

export const Passage = {
  name: (p: ApiNode) => {
    const text = String(p.text ?? '');
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  },
  sources: (p: ApiNode): ApiSource[] => [
    { reportId: String(p.reportId), passageId: p.id, start: Number(p.start), end: Number(p.end), rule: 'passage', text: String(p.text) },
  ],
  report: async (p: ApiNode, _: unknown, ctx: Ctx) => {
    const r = await ctx.nodes.load(String(p.reportId));
    return r ? toApiNode(r) : null;
  },
  mentions: async (p: ApiNode, args: { first?: number | null }, ctx: Ctx) => {
    const n = Math.min(args.first ?? 20, ctx.limits.maxPageSize);
    const found = await ctx.batch(`passageMentions:${n}`, (ids) => ctx.store.passageMentions(ids, n)).load(p.id);
    return (found ?? []).map(toApiNode);
  },
};

export const Source = {
  report: async (s: ApiSource, _: unknown, ctx: Ctx) => {
    const r = await ctx.nodes.load(s.reportId);
    return r ? toApiNode(r) : null;
  },
  passage: async (s: ApiSource, _: unknown, ctx: Ctx) => {
    if (!s.passageId) return null;
    const p = await ctx.nodes.load(s.passageId);
    return p ? toApiNode(p) : null;
  },
};

export const Node = {
  __resolveType: (n: ApiNode) => n.__label,
};
