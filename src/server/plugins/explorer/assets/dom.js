// Tiny DOM builders. Every text goes in as a text node, never through innerHTML: names and passages come from
// reports and the API, and must not be able to inject markup.

/**
 * h('a', { href: '/x', class: 'link', onclick: fn, dataset: { id: 'a' } }, 'text', child) → an element.
 * Attributes that are null, undefined or false are left out; children may be strings, nodes, arrays or null.
 */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements: svg('rect', { x: 0, width: 10 }). */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** The page's settings from its JSON data block (no inline script under the Content-Security-Policy). */
export function pageConfig() {
  return JSON.parse(document.getElementById('kg-config').textContent);
}
