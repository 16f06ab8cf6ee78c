/**
 * The browser side of the playground, served as `/playground-assets/playground.js` (a file of our own rather
 * than an inline script, so the Content-Security-Policy can forbid inline scripts). It reads the endpoint and
 * the examples from the page's JSON data block, opens one GraphiQL tab per example, and adds an "Examples"
 * sidebar plugin that loads an example into the current tab; the logo and the Examples panel link to the graph
 * explorer. Plain ES5 with React.createElement: no build step.
 */
export const PLAYGROUND_SCRIPT = String.raw`(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('kg-playground-config').textContent);
  var h = React.createElement;

  function ExamplesPanel() {
    var editors = GraphiQL.React.useEditorContext({ nonNull: true });
    return h('div', { className: 'kg-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'Load an example into the current tab, then press the run button (Ctrl+Enter).'),
      h('p', null, 'To see the graph drawn, with the words behind every edge, open the ', h('a', { href: config.explorer }, 'graph explorer'), '.'),
      h('ul', null, config.examples.map(function (ex, i) {
        return h('li', { key: i },
          h('button', {
            type: 'button',
            className: 'graphiql-button kg-example',
            'data-example': i,
            onClick: function () {
              if (editors.queryEditor) editors.queryEditor.setValue(ex.query);
              if (editors.variableEditor) editors.variableEditor.setValue(ex.variables);
            }
          }, ex.title));
      })));
  }

  var examplesPlugin = {
    title: 'Examples',
    icon: function () {
      return h('svg', { viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
        h('path', { d: 'M5 5h14M5 12h14M5 19h9' }));
    },
    content: ExamplesPanel
  };

  ReactDOM.createRoot(document.getElementById('graphiql')).render(h(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    defaultTabs: config.examples.map(function (ex) { return { query: ex.query, variables: ex.variables }; }),
    // GraphiQL 3 fills the editors of the first tab from these props, not from defaultTabs[0].
    query: config.examples.length ? config.examples[0].query : undefined,
    variables: config.examples.length ? config.examples[0].variables : undefined,
    plugins: [examplesPlugin],
    defaultEditorToolsVisibility: 'variables'
  }, h(GraphiQL.Logo, null, h('a', { href: config.explorer, className: 'kg-explorer-link', title: 'Draw the graph' }, 'Graph explorer'), ' · GraphiQL')));
})();
`;

/** Layout and the examples panel; GraphiQL's own stylesheet does the rest. */
export const PLAYGROUND_CSS = `html, body, #graphiql { height: 100%; margin: 0; }
.kg-examples ul { list-style: none; padding: 0; }
.kg-examples li { margin: 0.5em 0; }
.kg-examples button { text-align: left; width: 100%; }
.kg-explorer-link { color: inherit; }
`;
