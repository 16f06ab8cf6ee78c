import { RegionIndex } from '../../lexicon/RegionIndex';
import { RelType } from '../../records/labels';
import type { Candidate, PassageContext, RelationCandidate } from '../Rule';
import { regionEndpoint } from './regionEndpoint';
import { between, clauseBounds, LIST_JOINER, spanOf } from './relationHelpers';
import { relationRule } from '../defineRule';
import { perLexicon } from '../../lexicon/perLexicon';
import { wordsOf } from '../wordsOf';

const SENTENCE_END = /[。!?;]/;
const COUNT_CLASSIFIER = /\d[个家座项处条所]$/;
/** the heads that name facilities (公园, 基地, 项目 …): a count of them counts things of its own */
const facilityHeadsOf = perLexicon((lex) => lex.words('project-named-heads').map((l) => l.split('|')[0]));
/** verbs that carry on the subject of the clause before: they say who acted together, and that was named before */
const JOINT_VERB = /^(?:联合|共同|携手|合作)/;
/** what counted projects are called: 在建项目, 重点工程 */
const PROJECT_NOUN = /(?:项目|工程)$/;
/** 全市, 全省 …: the report's whole jurisdiction, the subject of the figure it opens */
const WHOLE_JURISDICTION = /^全(?:市|省|区|国|州|盟)/;

/** Where a metric's number starts: its value text ends the mention (`…完成投资2411亿元`). */
function valueStart(m: Candidate): number {
  const v = typeof m.fields.valueText === 'string' ? m.fields.valueText : '';
  return v && m.text.endsWith(v) ? m.end - v.length : m.start;
}

/**
 * Says what a metric is about: every region and project named in the metric's clause before its number
 * (`川渝高竹新区累计入驻企业182户` → 川渝高竹新区; `重庆经西部陆海新通道运输货物7.8万标箱` → 重庆市 and the corridor; a
 * joint 川渝 → both members; a count's noun after its number: 248个川渝共建重大项目). A metric whose clause names
 * none continues the metric before it in the sentence (`248个川渝共建重大项目,上半年完成投资1853.4亿元`) and is about
 * what that one is about. Otherwise
 * the report's own region, as a derived fact (basis `report`): no sentence says so.
 * Rejected: a place in a list the figure sums up (藻渡水库等9个项目: the count is of the list, not about the
 * reservoir; a length beside that count, …等3条(段)、23公里线路, is each item's, as the seed's annotators read it),
 * a project the figure counts (口袋公园35个), a place in another clause or after the number.
 * Example (seed line 29): `川渝高竹新区累计入驻企业182户、投产77户` → both metrics MEASURES 川渝高竹新区.
 */
export const MeasuresRule = relationRule('relation.measures', (ctx, entities, rule) => {
  const index = RegionIndex.of(ctx.lexicon);
  const own = ctx.report.region ? index.byName(ctx.report.region) : undefined;
  const out: RelationCandidate[] = [];
  const about = new Map<Candidate, Candidate[]>();
  const metrics = entities.filter((e) => e.kind === 'metric');
  const facilityHeads = facilityHeadsOf(ctx.lexicon);
  const words = wordsOf(ctx);
  const verbAt = (at: number): boolean => words.some((w) => w.start === at - ctx.passage.start && w.tag.startsWith('v'));
  for (const m of metrics) {
    const vs = valueStart(m);
    const [cs] = clauseBounds(ctx, m.start);
    // a count by its classifier too (新建科技创新平台20家 reads as a level of 家)
    const counted = m.fields.kind === 'COUNT' || COUNT_CLASSIFIER.test(String(m.fields.valueText ?? ''));
    const respectively = between(ctx, Math.min(cs, m.start), vs).includes('分别');
    let targets = entities.filter(
      (e) =>
        (e.kind === 'region' || e.kind === 'project') &&
        e.start >= Math.min(cs, m.start) &&
        // before the number, or inside the mention (a count's noun: 248个川渝共建重大项目)
        (e.end <= vs || (e.start >= m.start && e.end <= m.end)) &&
        // not a list the figure sums up (藻渡水库等9个项目), nor a modifier of another noun (…警示片披露的46个问题);
        // places that build the list's items together are what it is about (成渝共建重点实验室等创新平台9个)
        !between(ctx, e.end, vs).includes('的') &&
        !(between(ctx, e.end, vs).includes('等') && !(e.fields.joint !== undefined && verbAt(e.end))) &&
        // a figure before it in the clause claims it (山城绿道61公里、口袋公园35个), unless both are items of one 分别
        // list, which pairs them by their subjects below
        (respectively || !metrics.some((x) => x !== m && x.end <= m.start && x.end > e.start)) &&
        // a project listed beside the counted things is a sibling, not their subject (五大道公园、设计公园和85个口袋公园)
        !(e.kind === 'project' && /^[、和及与]/.test(between(ctx, e.end, m.start))) &&
        // a count of the project is not about it (口袋公园35个); a length of it is (山城步道14公里)
        !(counted && e.kind === 'project' && (m.name.includes(e.name) || m.name.includes(e.text))),
    );
    // in a 分别 list each figure is about its own item (东盟、欧盟进出口分别增长16.7%、…: the first is 东盟's): only
    // the places its own subject names
    if (respectively) targets = targets.filter((t) => m.name.includes(t.text) || m.name.includes(t.name));
    // a figure that describes the project after it (全长3046公里的环塔克拉玛干沙漠生态屏障) is about that one
    const described = entities.find((e) => e.kind === 'project' && e.start === m.end + 1 && between(ctx, m.end, e.start) === '的');
    if (targets.length === 0 && described) targets = [described];
    // a total beside the count of a list (9号线二期、10号线二期和5号线北延伸段等3条(段)、23公里线路): the count only
    // sums the items up, the length is theirs, each one's
    if (targets.length === 0 && !counted) targets = listTotalled(ctx, entities, metrics, m, vs);
    // a clause opening on bare figures (…高速铁路网,9个、1010公里在建项目加快建设) counts the projects of the one the
    // clause before closes on
    if (targets.length === 0 && !respectively) targets = projectBefore(ctx, entities, metrics, m, cs);
    if (targets.length === 0 && !respectively) {
      // the figure continues the one before it in the sentence (…重大项目,上半年完成投资…): the same places
      const prev = metrics.filter((x) => x.end <= m.start && !SENTENCE_END.test(between(ctx, x.end, m.start))).pop();
      // only a figure with no noun of its own continues it: the same subject, or a bare predicate (完成投资)
      // or a clause whose subject is left out, opening on a verb of joint action (成渝共建…9个,联合实施研发项目110项)
      // a count of facilities of its own (口袋公园35个 after 山城绿道61公里) is about those, not the figure before
      const ownThings = counted && facilityHeads.some((h) => m.name.endsWith(h));
      // a clause naming the whole jurisdiction (全市运营里程达501公里) names its own subject: the report's region
      const continues = prev !== undefined && !WHOLE_JURISDICTION.test(between(ctx, cs, vs)) && (JOINT_VERB.test(between(ctx, cs, vs)) || (!ownThings && (m.name === prev.name || m.name.length <= 4)));
      targets = continues ? (about.get(prev) ?? []) : [];
    }
    about.set(m, targets);
    for (const t of targets) out.push({ type: RelType.MEASURES, from: m, to: t, rule: rule, ...spanOf(t, m), fields: { basis: 'clause' } });
    if (targets.length === 0 && own) {
      const to = regionEndpoint(own, m, rule);
      out.push({ type: RelType.MEASURES, from: m, to, rule: rule, start: m.start, end: m.end, fields: { basis: 'report' } });
    }
  }
  return out;
});

/** Where a figure continues a count of a list closed by 等 (`A、B和C等3条(段)、23公里`): the listed items, else none. */
function listTotalled(ctx: PassageContext, entities: readonly Candidate[], metrics: readonly Candidate[], m: Candidate, vs: number): Candidate[] {
  const count = metrics.find((x) => x !== m && between(ctx, x.end, vs) === '、' && x.fields.kind === 'COUNT');
  if (!count || between(ctx, count.start - 1, count.start) !== '等') return [];
  const items: Candidate[] = [];
  let item = entities.find((e) => e.kind === 'project' && e.end === count.start - 1);
  while (item) {
    items.unshift(item);
    const head: Candidate = item;
    item = entities.find((e) => e.kind === 'project' && e.end < head.start && LIST_JOINER.test(between(ctx, e.end, head.start)));
  }
  return items;
}

/**
 * The project the clause before closes on, when this clause opens on the metric's bare number (no subject of its
 * own) or continues such a figure (`“米”字型高速铁路网,9个、1010公里在建项目`): the network the counted projects build.
 */
function projectBefore(ctx: PassageContext, entities: readonly Candidate[], metrics: readonly Candidate[], m: Candidate, cs: number): Candidate[] {
  // the first figure of the clause must open it: 9个 right after the comma
  const first = metrics.find((x) => x.start >= cs && x.start <= m.start && between(ctx, x.end, m.start).replace(/[、和]/g, '').length === 0) ?? m;
  let lead = first;
  for (;;) {
    const earlier = metrics.find((x) => x.start >= cs && x.end < lead.start && /^[、和]$/.test(between(ctx, x.end, lead.start)));
    if (!earlier) break;
    lead = earlier;
  }
  // and count projects (在建项目): the parts the network is built of, not other feats listed after it
  // (…入选国家考古遗址公园，6座博物馆晋级国家一级博物馆)
  if (lead.start !== cs || !/^\d/.test(lead.text) || !PROJECT_NOUN.test(m.name)) return [];
  const project = entities.find((e) => e.kind === 'project' && e.end === cs - 1);
  return project && /^[,，]$/.test(between(ctx, project.end, cs)) ? [project] : [];
}
