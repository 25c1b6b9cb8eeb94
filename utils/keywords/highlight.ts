/**
 * Highlights the words that matched, with the CSS Custom Highlight API: ranges registered
 * with the browser, painted by a `::highlight()` rule. The site's DOM is never touched
 * (wrapping words in <mark> would break the site's framework, which owns those nodes).
 * Where the API is missing, nothing is highlighted; the helper still appears.
 */
export interface QueryStyle {
  id: string;
  color: string;
}

interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): void;
  delete(name: string): void;
}

export class PageHighlighter {
  private readonly registry: HighlightRegistryLike | undefined;
  /** The highlight of each query: that of its colour. */
  private readonly highlights = new Map<string, Highlight>();
  /** The names registered, one a colour. */
  private names: string[] = [];
  private readonly byPost = new Map<Element, { queryId: string; range: Range }[]>();
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly document: Document = globalThis.document) {
    const css = (document.defaultView as (Window & typeof globalThis) | null)?.CSS;
    this.registry = typeof Highlight === 'function' ? (css as { highlights?: HighlightRegistryLike } | undefined)?.highlights : undefined;
  }

  get supported(): boolean {
    return this.registry !== undefined;
  }

  /**
   * One highlight and one `::highlight()` rule per colour, shared by the queries of that
   * colour; called when the queries change. Not one per query, as the page pays for each
   * registered highlight, whether anything is highlighted or not: every rule makes each
   * style recalculation dearer, for every element (1,000 rules made a 2,000-post page's
   * about 8 times slower in Chromium), and setting any Range's boundary in the page, ours
   * or the site's, costs about 10 µs more with 1,000 highlights registered than with
   * none (0.5 µs). A brand's queries mostly share a few colours.
   */
  setStyles(queries: readonly QueryStyle[]): void {
    if (!this.registry) return;
    const colours = [...new Set(queries.map((q) => q.color))];
    const rules = colours
      .map((color, i) => `::highlight(${highlightName(i)}) { background-color: ${color}40; text-decoration: underline 2px ${color}; }`)
      .join('\n');
    if (!this.sheet) {
      // A constructed sheet adopted by the document: no <style> element in the site's DOM.
      this.sheet = new CSSStyleSheet();
      this.document.adoptedStyleSheets = [...this.document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(rules);
    this.clear();
    const byColour = new Map<string, Highlight>();
    colours.forEach((color, i) => {
      const highlight = new Highlight();
      byColour.set(color, highlight);
      this.registry!.set(highlightName(i), highlight);
    });
    this.names = colours.map((_, i) => highlightName(i));
    for (const q of queries) this.highlights.set(q.id, byColour.get(q.color)!);
  }

  /** Replaces a post's highlighted ranges. */
  set(post: Element, ranges: { queryId: string; range: Range }[]): void {
    this.remove(post);
    if (!this.registry || ranges.length === 0) return;
    for (const { queryId, range } of ranges) this.highlights.get(queryId)?.add(range);
    this.byPost.set(post, ranges);
  }

  remove(post: Element): void {
    const ranges = this.byPost.get(post);
    if (!ranges) return;
    for (const { queryId, range } of ranges) this.highlights.get(queryId)?.delete(range);
    this.byPost.delete(post);
  }

  /** Whether a post's highlighted text left the page (a re-render replaced its nodes). */
  isStale(post: Element): boolean {
    return this.byPost.get(post)?.some(({ range }) => !range.startContainer.isConnected) ?? false;
  }

  /** Removes every highlight and the registered names (the extension is going away). */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.byPost.clear();
    if (this.registry) for (const name of this.names) this.registry.delete(name);
    this.names = [];
    this.highlights.clear();
  }

  dispose(): void {
    this.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.document.adoptedStyleSheets = this.document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = undefined;
    }
  }

  /** How many posts have highlights, for diagnostics and tests. */
  get size(): number {
    return this.byPost.size;
  }
}

/** The name of the highlight of the `index`-th colour. */
const highlightName = (index: number) => `porte-parole-c${index}`;
