import { z } from 'zod';
import type { ComparisonFilter, SeriesFilter } from '../../store';
import { MAX_COMPARE_INDICATORS, MAX_FILTER_TEXT_LENGTH, MAX_FILTER_VALUES, MAX_ID_LENGTH, YEARS } from '../limits';
import { parseArg } from './parseArg';

const text = z.string().trim().min(1, 'must not be empty').max(MAX_FILTER_TEXT_LENGTH, `is longer than ${MAX_FILTER_TEXT_LENGTH} characters`);
const id = z.string().trim().min(1, 'must not be empty').max(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`);
const yearRange = `must be a year from ${YEARS.min} to ${YEARS.max}`;
const year = z.number().int(yearRange).min(YEARS.min, yearRange).max(YEARS.max, yearRange);
const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const ids = (max: number, what: string) =>
  z.array(id).min(1, `must not be empty (${what})`).max(max, `has more than ${max} entries`).transform(distinct);
const regions = ids(MAX_FILTER_VALUES, 'omit it for every region').nullish();
const years = z.array(year).min(1, 'must not be empty (omit it for every year)').max(MAX_FILTER_VALUES, `has more than ${MAX_FILTER_VALUES} entries`).transform(distinct).nullish();
const where = z.object({ nameContains: text.nullish(), unitFamily: text.nullish() }).strict();

/** Validates `Query.indicators(where)`. Example: `{ nameContains: ' 生产总值 ' }` → `{ nameContains: '生产总值', unitFamily: null }`. */
export function indicatorWhere(value: unknown): { nameContains: string | null; unitFamily: string | null } {
  const w = parseArg(where, value ?? {}, 'where');
  return { nameContains: w.nameContains ?? null, unitFamily: w.unitFamily ?? null };
}

/** The series filters as `Indicator.series` names them; /export/indicator-series.csv passes its parameters the same way. */
export interface SeriesArgs {
  regions?: unknown;
  years?: unknown;
  status?: string | null;
  part?: string | null;
  measure?: string | null;
}

/**
 * Validates the filters of `Indicator.series`: at most MAX_FILTER_VALUES regions and years, years whole and within
 * YEARS, repeats dropped (the enums are checked by GraphQL, or by the export). BAD_USER_INPUT names the argument.
 * Example: `{ years: [2025, 2025], status: 'ACTUAL' }` → `{ regionIds: null, years: [2025], status: 'ACTUAL', part: null, measure: null }`.
 */
export function seriesFilter(args: SeriesArgs): SeriesFilter {
  return {
    regionIds: parseArg(regions, args.regions, 'regions') ?? null,
    years: parseArg(years, args.years, 'years') ?? null,
    status: args.status ?? null,
    part: args.part ?? null,
    measure: args.measure ?? null,
  };
}

/**
 * Validates `Query.compare`'s arguments: 1 to MAX_COMPARE_INDICATORS indicators and at most MAX_FILTER_VALUES regions
 * (repeats dropped, order kept), a year within YEARS; the part defaults to FULL_YEAR.
 * Example: `{ indicators: ['gdp', 'cpi'], year: 2025 }` → `{ indicatorIds: ['gdp', 'cpi'], regionIds: null, year: 2025, part: 'FULL_YEAR', … }`.
 */
export function comparisonFilter(args: {
  indicators: readonly string[];
  regions?: unknown;
  year: number;
  part?: string | null;
  status?: string | null;
  measure?: string | null;
}): ComparisonFilter {
  return {
    indicatorIds: parseArg(ids(MAX_COMPARE_INDICATORS, 'name at least one indicator'), args.indicators, 'indicators'),
    regionIds: parseArg(regions, args.regions, 'regions') ?? null,
    year: parseArg(year, args.year, 'year'),
    part: args.part ?? 'FULL_YEAR',
    status: args.status ?? null,
    measure: args.measure ?? null,
  };
}
