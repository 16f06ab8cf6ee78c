import { pageHtml } from '../../../../src/server/plugins/explorer/pageHtml';

const spec = {
  title: 'A <b>title</b>',
  assets: '/explore-assets',
  script: 'explore.js',
  styles: ['explorer.css', 'more.css'],
  body: '<main></main>',
  config: { reportId: '</script><script>alert(1)</script>' },
};

describe('pageHtml', () => {
  const html = pageHtml(spec);

  it('keeps settings in a JSON block that no value can close', () => {
    const block = /<script id="kg-config" type="application\/json">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('</script');
    expect(JSON.parse(block)).toEqual(spec.config);
  });

  it('loads the entry as a module file, never an inline script', () => {
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script id="kg-config" type="application/json">',
      '<script type="module" src="/explore-assets/explore.js">',
    ]);
  });

  it("gives the first stylesheet the id cytoscape checks before injecting a <style> the CSP would block", () => {
    expect(html).toContain('<link rel="stylesheet" href="/explore-assets/explorer.css" id="__________cytoscape_stylesheet">');
    expect(html).toContain('<link rel="stylesheet" href="/explore-assets/more.css">');
  });

  it('escapes the title', () => {
    expect(html).toContain('<title>A &#60;b&#62;title&#60;/b&#62;</title>');
  });
});
