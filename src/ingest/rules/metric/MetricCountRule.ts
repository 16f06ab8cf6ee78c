import { MetricKind } from '../../records/labels';
import type { EntityRule } from '../Rule';
import { bareUnit, categoryNoun, peopleInWan, sharedNounList, summedListSubject, yearsRunning } from './countList';
import type { MetricLexicon } from './metricLexicon';
import { metricRule } from './metricRule';
import { nounAfter } from './nounAfter';
import { placeTopicSubject } from './placeTopicSubject';
import { relativeSubject } from './relativeSubject';

/**
 * Matches a count written before the things it counts: `number classifier noun` (建设144个智能工厂, 新增77所公办
 * 幼儿园, 等9个项目, 8项政策, 提出8项指标: the annotation guide counts them all), classifiers from
 * metric-count-units.txt; the subject is the noun (see nounAfter), or what the counted things did + 的 + the noun
 * when the count opens its clause and the noun runs on into that (13个县被命名为…: relativeSubject.ts). Also values
 * in different units sharing one noun (9个、1010公里在建项目: a COUNT and a LEVEL of it) and a count of categories
 * before the count of the things (11大类36项…政策文件); a count that sums up the list right before it counts those items (A、B、C、D4个产业); the
 * years something held (连续4年获评…), people counted in 万 with no classifier (惠及76万群众); see countList.ts. Rejects ordinals (第二批), numbers inside
 * quotes/titles/asides (a policy named “支持市场主体发展36条” keeps its number), milestones passed (连跨3个千亿级
 * 台阶, metric-milestone-nouns.txt) and the numbers of a from–to pair. `3大主导产业集群` is no count either: 大 is a name-forming word, not a classifier.
 * Example (seed line 13): `建设144个智能工厂和958个数字车间` → COUNT 144 个 智能工厂, COUNT 958 个 数字车间.
 */
export const MetricCountRule: EntityRule = metricRule('metric.count', function* ({ ml, text, mask, values, words }) {
  for (const { v, subject, end } of yearsRunning(text, mask)) {
    yield { start: v.start - 2, end, subject, kind: MetricKind.COUNT, value: v, predicateStart: v.start - 2 };
  }
  for (const { v, subject, end } of peopleInWan(text, ml, mask)) {
    yield { start: v.start, end, subject, kind: MetricKind.COUNT, value: v, predicateStart: v.start };
  }
  const listed = new Set<number>();
  for (const { v, vc } of values()) {
    if (listed.has(v.numberStart)) continue;
    // In a from–to pair (从39个拓展到91个) the words after the number are the verb, not what is counted.
    if (vc.afterGrowth || vc.inRespectively || vc.pairStart >= 0) continue;
    const list = sharedNounList(text, v, ml);
    if (list && !ml.milestoneNouns.some((w) => list.noun.endsWith(w)) && !list.values.some((x) => mask[x.numberStart])) {
      for (const [i, x] of list.values.entries()) {
        listed.add(x.numberStart);
        const last = i === list.values.length - 1;
        yield {
          start: x.start,
          end: x.end + (last ? list.noun.length : 0),
          subject: list.noun,
          kind: ml.countUnits.has(bareUnit(x.unit)) ? MetricKind.COUNT : MetricKind.LEVEL,
          value: x,
          predicateStart: x.start,
        };
      }
      continue;
    }
    if (!vc.countUnit) continue;
    const category = nounAfter(text, v.end, ml) ? '' : categoryNoun(text, v, ml);
    const noun = category || nounAfter(text, v.end, ml) || donePhrase(text, v.end, ml);
    if (!noun) continue;
    if (ml.milestoneNouns.some((w) => noun.endsWith(w))) continue;
    yield {
      start: v.start,
      // the category count's mention is its value alone: the count after it owns the noun
      end: category ? v.end : v.end + noun.length,
      subject: category ? noun : summedListSubject(text, v, noun, ml) || relativeSubject(text, words(), ml, v.start, v.end, noun) || placeTopicSubject(text, ml, v.start, v.end) || noun,
      kind: MetricKind.COUNT,
      value: v,
      predicateStart: v.start,
    };
  }
});

/**
 * `405处已查明危岩崩塌隐患治理` (seed line 44): a count of things already done to, 已 + the participle phrase, which
 * nounAfter stops at (已 ends a noun elsewhere: 问题已整改34个); '' when no such phrase follows.
 */
function donePhrase(text: string, at: number, ml: MetricLexicon): string {
  if (text[at] !== '已') return '';
  const rest = nounAfter(text, at + 1, ml);
  return rest ? `已${rest}` : '';
}
