import { pageSize } from '../args/pagination';
import type { PassageResolvers } from '../generated/graphql';
import { requireLoaded } from './requireLoaded';
import { toApiNode } from './toApiNode';

export const Passage: PassageResolvers = {
  name: (p) => {
    const text = String(p.text ?? '');
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  },
  sources: (p) => [
    { reportId: String(p.reportId), passageId: p.id, start: Number(p.start), end: Number(p.end), rule: 'passage', text: String(p.text), derived: false },
  ],
  report: (p, _, ctx) => requireLoaded(ctx, 'report', String(p.reportId)),
  mentions: async (p, args, ctx) => {
    const n = pageSize(args.first, ctx.limits.maxPageSize);
    const found = await ctx.batch(`passageMentions:${n}`, (ids) => ctx.store.passageMentions(ids, n)).load(p.id);
    return (found ?? []).map(toApiNode);
  },
};
