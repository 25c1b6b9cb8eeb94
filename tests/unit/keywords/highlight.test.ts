import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageHighlighter } from '@/utils/keywords/highlight';

// happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges, the registry
// a map of names, as in the browser.
class FakeHighlight extends Set<AbstractRange> {}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  if (!('adoptedStyleSheets' in document)) Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const QUERIES = [
  { id: 'a', color: '#d9480f' },
  { id: 'b', color: '#2b8a3e' },
  { id: 'c', color: '#d9480f' },
];

function rangeOver(text: string) {
  const node = document.createTextNode(text);
  document.body.append(node);
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, text.length);
  return range;
}

describe('PageHighlighter', () => {
  it('registers one highlight and one rule per colour, shared by the queries of that colour', () => {
    // (happy-dom does not keep `::highlight` rules: the sheet's text is read as written.)
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const highlighter = new PageHighlighter(document);
    highlighter.setStyles(QUERIES);
    const post = document.createElement('article');
    const [a, b, c] = [rangeOver('Acme'), rangeOver('Rocket'), rangeOver('Zorvex')];
    highlighter.set(post, [
      { queryId: 'a', range: a },
      { queryId: 'b', range: b },
      { queryId: 'c', range: c },
    ]);
    expect([...registry.keys()]).toEqual(['porte-parole-c0', 'porte-parole-c1']);
    const css = String(replaceSync.mock.calls.at(-1)?.[0]);
    expect(css.match(/::highlight\(porte-parole-c\d\)/g)).toEqual(['::highlight(porte-parole-c0)', '::highlight(porte-parole-c1)']);
    expect(css).toContain('#2b8a3e');
    expect([...registry.get('porte-parole-c0')!]).toEqual([a, c]);
    expect([...registry.get('porte-parole-c1')!]).toEqual([b]);

    highlighter.remove(post);
    expect(registry.get('porte-parole-c0')!.size + registry.get('porte-parole-c1')!.size).toBe(0);
    highlighter.dispose();
  });

  it('puts nothing in the page until a post has something to highlight', () => {
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const adopted = document.adoptedStyleSheets.length;
    const highlighter = new PageHighlighter(document);
    highlighter.setStyles(QUERIES);
    highlighter.set(document.createElement('article'), []);
    expect(registry.size).toBe(0);
    expect(replaceSync).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets).toHaveLength(adopted);

    highlighter.set(document.createElement('article'), [{ queryId: 'a', range: rangeOver('Acme') }]);
    expect(registry.size).toBe(2);
    expect(document.adoptedStyleSheets).toHaveLength(adopted + 1);
    highlighter.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(adopted);
  });

  it('replaces its names and empties its highlights when the queries change', () => {
    const highlighter = new PageHighlighter(document);
    highlighter.setStyles(QUERIES);
    const post = document.createElement('article');
    highlighter.set(post, [{ queryId: 'b', range: rangeOver('Rocket') }]);
    const old = registry.get('porte-parole-c1')!;

    highlighter.setStyles([{ id: 'b', color: '#2b8a3e' }]);
    expect(registry.size).toBe(0);
    expect(old.size).toBe(0);
    expect(highlighter.size).toBe(0);

    const range = rangeOver('Rocket');
    highlighter.set(post, [{ queryId: 'b', range }]);
    expect([...registry.keys()]).toEqual(['porte-parole-c0']);
    expect([...registry.get('porte-parole-c0')!]).toEqual([range]);
    expect(highlighter.isStale(post)).toBe(false);
    (range.startContainer as Text).remove();
    expect(highlighter.isStale(post)).toBe(true);

    highlighter.dispose();
    expect(registry.size).toBe(0);
  });
});
