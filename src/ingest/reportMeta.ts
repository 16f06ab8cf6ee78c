import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Lexicon } from './lexicon/Lexicon';
import { RegionIndex } from './lexicon/RegionIndex';
import type { ReportMeta } from './records/types';
import { isPageChrome } from './text/isPageChrome';
import { normalize } from './text/normalize';

const HEAD_LINES = 40;
const PROVINCE_LEVELS = new Set(['province', 'autonomous_region', 'sar']);

/**
 * Completes a report's metadata from its text; every field given by the caller wins. title = the first non-chrome
 * line holding a title keyword (报告, 方案 … in title-keywords.txt) among the first 40 lines, else the first
 * non-chrome line; issuer = the region + 人民政府 named in the title or the opening (我代表上海市人民政府);
 * region = the issuer's region, else the first province-level region of the title, else the most-mentioned one
 * near the top; year and period from the title (2023年1—6月, else 2026年); id = a slug of the file name.
 * Example: the seed report → 重庆市人民政府 / 重庆市 / 2023 / 2023年1—6月.
 */
export function inferReportMeta(text: string, given: Partial<ReportMeta>, lexicon: Lexicon): ReportMeta {
  const regions = RegionIndex.of(lexicon);
  const lines = headLines(text, lexicon);
  const title = given.title ?? pickTitle(lines, lexicon);
  const opening = lines.join('\n');
  const issuer = given.issuer !== undefined ? given.issuer : findIssuer(normalize(title), regions) ?? findIssuer(normalize(opening), regions);
  const region0 =
    given.region !== undefined
      ? given.region
      : (issuer ? regionNamed(issuer, regions) : null) ?? topRegion(normalize(title), regions, true) ?? topRegion(normalize(opening), regions, false);
  const region = region0;
  // 我代表省人民政府 / 我代表省政府 / 自治区人民政府: the government of the report's own region, named without its region
  const issuerOut = issuer ?? (region && /(省|市|自治区)(人民)?政府/.test(opening) ? `${region}人民政府` : null);
  const years = /((?:19|20)\d{2})年/.exec(title) ?? /((?:19|20)\d{2})年/.exec(opening);
  const year = given.year !== undefined ? given.year : years ? Number(years[1]) : null;
  const span = /((?:19|20)\d{2})年(\d{1,2})[—–\-~～至到](\d{1,2})月/.exec(title);
  const period = given.period !== undefined ? given.period : span ? span[0] : year !== null ? `${year}年` : null;
  const sourceFile = given.sourceFile ?? null;
  return {
    id: given.id ?? (sourceFile ? slug(path.basename(sourceFile, path.extname(sourceFile))) : `report-${sha1(text).slice(0, 12)}`),
    title,
    issuer: issuerOut,
    region,
    year,
    period,
    publishDate: given.publishDate ?? null,
    sourceUrl: given.sourceUrl ?? null,
    sourceFile,
  };
}

/** A file name as an id: lower case, runs of anything but letters, digits and CJK become one dash. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** The opening lines are read for the title, issuer and region; a line past this length is body text, cut there. */
const MAX_HEAD_LINE = 400;

function headLines(text: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  // only the head of the text: a report of one endless line must not be scanned whole for its title
  for (const line of text.slice(0, HEAD_LINES * MAX_HEAD_LINE * 2).split('\n')) {
    if (out.length >= HEAD_LINES) break;
    if (!isPageChrome(line, lexicon)) out.push(line.trim().slice(0, MAX_HEAD_LINE));
  }
  return out;
}

function pickTitle(lines: readonly string[], lexicon: Lexicon): string {
  const keywords = lexicon.words('title-keywords');
  const titled = lines.find((l) => l.length <= 200 && keywords.some((k) => l.includes(k)));
  return (titled ?? lines[0] ?? '').slice(0, 200);
}

/** 重庆市人民政府, 上海市人民政府: the longest region surface that ends right before 人民政府. */
function findIssuer(text: string, regions: RegionIndex): string | null {
  const ends = new Map<number, string>();
  for (const m of regions.gazetteer.find(text)) {
    const r = regions.resolve(m.entries, null);
    if (r && text.startsWith('人民政府', m.end)) ends.set(m.start, `${r.entry.name}人民政府`);
  }
  const first = [...ends.keys()].sort((a, b) => a - b)[0];
  return first === undefined ? null : ends.get(first)!;
}

function regionNamed(issuer: string, regions: RegionIndex): string | null {
  const name = issuer.replace(/人民政府$/, '');
  return regions.byName(name) ? name : null;
}

/** The first (title) or the most frequent (opening) province-level region. */
function topRegion(text: string, regions: RegionIndex, first: boolean): string | null {
  const counts = new Map<string, number>();
  for (const m of regions.gazetteer.find(text)) {
    const r = regions.resolve(m.entries, null);
    if (!r || !PROVINCE_LEVELS.has(r.entry.level)) continue;
    if (first) return r.entry.name;
    counts.set(r.entry.name, (counts.get(r.entry.name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}
