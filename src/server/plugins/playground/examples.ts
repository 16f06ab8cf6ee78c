import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config';

/** One example query the playground opens as a tab (and `npm run query` can run from its file). */
export interface PlaygroundExample {
  /** tab and menu title */
  title: string;
  query: string;
  /** JSON text of the variables, as GraphiQL's variables editor shows it */
  variables: string;
}

/** Where the example files live; docs/examples.md shows each with its real output. */
export const examplesDir = path.join(repoRoot, 'docs', 'examples');

/** The examples in tab order: file names in docs/examples/ (without .graphql). */
export const EXAMPLE_FILES = ['policy-region-links', 'region-metrics', 'search', 'path', 'indicator-comparison', 'indicator-series'] as const;

/**
 * Parses an example file: `# title: …` and `# variables: {…}` header lines, then the query (other comments
 * stay in the query, where GraphiQL shows them).
 * Example: `parseExample('# title: Search\n# variables: {"q":"陆海新通道"}\nquery … ')`.
 */
export function parseExample(text: string, fallbackTitle: string): PlaygroundExample {
  let title = fallbackTitle;
  let variables = '{}';
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const header = /^#\s*(title|variables):\s*(.*)$/.exec(line);
    if (header?.[1] === 'title') title = header[2].trim();
    else if (header?.[1] === 'variables') variables = JSON.stringify(JSON.parse(header[2]), null, 2);
    else body.push(line);
  }
  return { title, query: body.join('\n').trim() + '\n', variables };
}

/** Reads the example files once; a missing or malformed file fails at startup, not in the browser. */
export function loadExamples(dir: string = examplesDir): PlaygroundExample[] {
  return EXAMPLE_FILES.map((name) => parseExample(fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8'), name));
}
