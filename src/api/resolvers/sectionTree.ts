import type { Props } from '../../store';
import type { Section } from '../generated/graphql';

/** Builds Report.sections from a report's sections in text order: each hangs under its `parentId`. */
export function sectionTree(rows: readonly Props[]): Section[] {
  const byId = new Map<string, Section>();
  const roots: Section[] = [];
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
