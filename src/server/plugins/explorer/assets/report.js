import { bindKeyButton } from './askForKey.js';
import { createClient } from './createClient.js';
import { fill, h, pageConfig } from './dom.js';
import { REPORT_TEXT } from './queries.js';

// The /reports/:id page: the report's original text with ?start=&end= marked and scrolled into view. Offsets
// are UTF-16 code units, which is what String.prototype.slice counts, so they apply to the text as loaded.

const config = pageConfig();
const gql = createClient(config.endpoint);
const $ = (id) => document.getElementById(id);

function span() {
  const params = new URL(location.href).searchParams;
  if (!params.has('start') || !params.has('end')) return null;
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  return { start, end };
}

async function load() {
  const { node } = await gql(REPORT_TEXT, { id: config.reportId });
  if (!node || node.__typename !== 'Report') {
    $('report-title').textContent = 'No such report';
    $('report-status').textContent = `No report has the id ${config.reportId}.`;
    return;
  }
  document.title = `${node.title} — policy-kg`;
  $('report-title').textContent = node.title;
  fill($('report-meta'), [node.issuer, node.period, node.year, `${node.chars} characters`].filter(Boolean).join(' · '));
  const text = node.text;
  const s = span();
  const valid = s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
  if (s && !valid) $('report-status').textContent = `The span ${s.start}–${s.end} is not inside this report (${text.length} characters); showing the whole text.`;
  if (!valid) {
    fill($('report-text'), text);
    return;
  }
  const mark = h('mark', { id: 'highlight', tabindex: '-1' }, text.slice(s.start, s.end));
  fill($('report-text'), text.slice(0, s.start), mark, text.slice(s.end));
  $('report-status').textContent = `Characters ${s.start}–${s.end} are marked.`;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}

bindKeyButton($('key-button'), () => load().catch(showError));

function showError(error) {
  $('report-title').textContent = 'The report could not be loaded';
  $('report-status').textContent = error.message;
}

load().catch(showError);
