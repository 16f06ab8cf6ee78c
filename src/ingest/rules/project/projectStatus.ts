import type { ProjectStatus } from '../../records/labels';
import type { ProjectLexicon } from './projectLexicon';

// a clause ends at these; 、 and 和 do not end it, so every project listed in one clause shares its status word
const CLAUSE_END = /[,;:。!?]/;

function wordAt(text: string, p: number, lex: ProjectLexicon): { word: string; status: ProjectStatus } | undefined {
  return lex.statusWords.find((w) => text.startsWith(w.word, p));
}

/**
 * The status stated for the project at [start, end) of `text`: the first status word after it in the same clause
 * (中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段 → IN_OPERATION), else the nearest one before it
 * (启动建设“疆电入渝”输电通道项目 → STARTED), else null.
 */
export function projectStatus(
  text: string,
  start: number,
  end: number,
  lex: ProjectLexicon,
): { status: ProjectStatus; statusText: string } | null {
  for (let p = end; p < text.length && !CLAUSE_END.test(text[p]); p++) {
    const w = wordAt(text, p, lex);
    if (w) return { status: w.status, statusText: w.word };
  }
  let best: { status: ProjectStatus; statusText: string } | null = null;
  let bestEnd = -1;
  for (let p = start - 1; p >= 0 && !CLAUSE_END.test(text[p]); p--) {
    const w = wordAt(text, p, lex);
    if (!w || p + w.word.length > start) continue;
    // the nearest word ends last; a word further left that ends at the same place is longer (加快建设 ⊃ 建设)
    if (p + w.word.length < bestEnd) break;
    best = { status: w.status, statusText: w.word };
    bestEnd = p + w.word.length;
  }
  return best;
}

/** Statuses only physical works reach: a programme is carried out, never opened to traffic or put into service. */
const BUILT = new Set<ProjectStatus>(['STARTED', 'COMPLETED', 'IN_OPERATION']);

/**
 * The status word right at `p` of `text` when it says the thing before was started, built or put into service
 * (建成投运, 开工, 竣工 …), else null. Used to tell quoted works (玉树3县5乡“大电网建设+微电网改造”工程建成投运)
 * from quoted programmes (实施“东数西算”工程).
 */
export function builtStatusAt(text: string, p: number, lex: ProjectLexicon): { status: ProjectStatus; statusText: string } | null {
  const w = wordAt(text, p, lex);
  return w && BUILT.has(w.status) ? { status: w.status, statusText: w.word } : null;
}

// what may stand between works and the status that says they were built (提前建成, 基本完工, 顺利开工, 相继投运)
const STATUS_ADVERB = /^(?:提前|全面|基本|顺利|已经?|均|相继|陆续)?/;

/** builtStatusAt after an adverb of how far or when, if one stands at `p` (燕官公路提质改造提前建成通车, 湟水山水工程基本完工). */
export function builtStatusAfter(text: string, p: number, lex: ProjectLexicon): { status: ProjectStatus; statusText: string } | null {
  return builtStatusAt(text, p + STATUS_ADVERB.exec(text.slice(p))![0].length, lex);
}

// what makes a quoted 工程 physical works when it follows the name: its construction or a phase (“三北”工程建设,
// “三北”工程六期)
const WORKS_AFTER = /^(?:建设|[一二三四五六七八九十\d]+期)/;

/**
 * Whether the quoted 工程 ending at `p` is physical works: started, built or in service (builtStatusAt), under
 * construction (建设 right after it) or a phase (六期). Returns the status the text states, null when it states
 * none (a phase), or undefined when the name is no works.
 */
export function quotedWorksAt(text: string, p: number, lex: ProjectLexicon): { status: ProjectStatus; statusText: string } | null | undefined {
  const built = builtStatusAt(text, p, lex);
  if (built) return built;
  const m = WORKS_AFTER.exec(text.slice(p));
  if (!m) return undefined;
  return m[0] === '建设' ? { status: 'UNDER_CONSTRUCTION' as ProjectStatus, statusText: '建设' } : null;
}

// 建设(任务|面积)? + an area or a length: land planted or built, which only physical works have
const MEASURED_WORKS = /^建设(?:任务|面积)?(?:约|超|近)?\d+(?:\.\d+)?(?:万|亿)?(?:亩|公顷|平方公里|公里|千米)/;

/**
 * Whether the building of the thing before `p` is measured in land or length right at `p` of `text`
 * (完成“两岸青山·千里林带”建设38.3万亩, 推进“三北”工程建设10万亩): ecological or construction works, a project,
 * not a programme, whose progress is counted in projects or people.
 */
export function measuredWorksAt(text: string, p: number): boolean {
  return MEASURED_WORKS.test(text.slice(p, p + 24));
}
