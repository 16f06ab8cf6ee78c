import { alternationSource as alt } from '../../lexicon/alternation';
import { perLexicon } from '../../lexicon/perLexicon';
import type { Candidate } from '../Rule';
import { spanCandidate } from '../spanCandidate';
import { entityRule } from '../defineRule';
import { PolicyKind } from './PolicyKind';

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

// a count of designated places after the name: 国家现代农业产业园2个, 全国示范性老年友好型社区52个
const COUNT = '[\\d一二三四五六七八九十两百]+(?:个|家|所|座|处|批)';
// what may close the name: a count, punctuation, a conjunction, or the list it was put on (…零碳园区建设名单)
const BOUNDARY = `(?:${COUNT}|[，。；、,;:：)）和及与等]|(?:建设)?名单|$)`;

const headList = perLexicon((lex) => [...lex.words('policy-designation-heads')].sort(byLengthDesc));
const patterns = perLexicon((lex) => {
  const heads = alt(lex.words('policy-designation-heads'));
  const verbs = lex.words('policy-designation-verbs').map((line) => line.split('|').map((x) => x.trim()));
  for (const [v, flag] of verbs) if (flag !== undefined && flag !== 'names') throw new Error(`policy-designation-verbs.txt: unknown flag ${flag} for ${v}`);
  return {
    // a naming verb, a level word, then the title up to the clause's punctuation
    named: new RegExp(`(?:${alt(verbs.filter((v) => v[1] === 'names').map((v) => v[0]))})((?:国家级|国家|全国|省级|市级)[\\p{Script=Han}“”·]{2,24}?)(?=[，。；,;]|$)`, 'gu'),
    // verb, an optional batch, the level word, then the shortest name that ends in a head at a boundary
    first: new RegExp(`(?:${alt(verbs.map((v) => v[0]))})(?:首批|第[一二三四五六七八九十]批)?((?:国家级|国家|全国)(?:首批|首个)?[\\p{Script=Han}“”·]{0,18}?(?:${heads}))(?=${BOUNDARY})`, 'gu'),
    // the next item of a counted list under the same verb: …产业园2个、优势特色产业集群2个
    next: new RegExp(`^${COUNT}、((?:国家级|国家|全国)?[\\p{Script=Han}“”·]{2,16}?(?:${heads}))(?=${COUNT})`, 'u'),
  };
});

/**
 * Matches national designations conferred by a verb of policy-designation-verbs.txt: the name opens with a level
 * word (国家, 全国, 国家级) and ends in a head of policy-designation-heads.txt at a count, punctuation or 名单
 * (新获批创建国家现代农业产业园2个, 入选首批国家绿色出行城市, 入选全国创新型产业集群5个 → PILOT), and the further items
 * of a counted list under the same verb (…产业园2个、优势特色产业集群2个、全国农业产业强镇4个 → three). After a
 * naming verb (`|names`: 命名为, 认定为) the title runs from the level word (国家, 全国, 省级, 市级) to the clause's
 * punctuation whatever its head: 命名为市级“绿水青山就是金山银山”实践创新基地.
 * Rejects designations no verb confers (打造世界级先进制造业集群 is a goal), names without a level word, names running
 * on into a longer word (国家级零碳园区建设 without 名单), and heads of built things (开工建设3个国家区域医疗中心: a project).
 * Example (seed line 15): 新获批创建国家现代农业产业园2个 → 国家现代农业产业园, PILOT.
 */
export const PolicyDesignationRule = entityRule('policy.designation', 'policy', (ctx, rule) => {
  const text = ctx.text;
  const { first, next, named } = patterns(ctx.lexicon);
  const out: Candidate[] = [];
  const heads = headList(ctx.lexicon);
  const emit = (i: number, j: number) => {
    const name = text.slice(i, j);
    out.push(spanCandidate(ctx, 'policy', rule, i, j, { name, fields: { kind: PolicyKind.PILOT, noun: heads.find((h) => name.endsWith(h)) ?? '' } }));
  };
  for (const m of text.matchAll(first)) {
    let i = m.index + m[0].length - m[1].length;
    let j = m.index + m[0].length;
    emit(i, j);
    for (let n = next.exec(text.slice(j)); n; n = next.exec(text.slice(j))) {
      i = j + n[0].length - n[1].length;
      j += n[0].length;
      emit(i, j);
    }
  }
  for (const m of text.matchAll(named)) {
    const j = m.index + m[0].length;
    if (!out.some((c) => c.end - ctx.passage.start === j)) emit(j - m[1].length, j);
  }
  return out;
});
