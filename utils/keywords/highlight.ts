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
  /** The highlight of each colour, in colour order, and the rules that paint them. */
  private colours: Highlight[] = [];
  private rules = '';
  /** Whether the rules are in the page and the highlights registered (once something is highlighted). */
  private shown = false;
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
   * colour; called when the queries change. The page pays for each rule and each
   * registered highlight, whether anything is highlighted or not: every rule makes each
   * style recalculation dearer, for every element (1,000 rules, one a query, made a
   * 2,000-post page's about 8 times slower in Chromium, one rule about 15 % slower), and
   * setting any Range's boundary in the page, ours or the site's, costs about 10 µs more
   * with 1,000 highlights registered than with none (0.5 µs). Hence one a colour (a
   * brand's queries mostly share a few), and none in the page until a post mentions a
   * query (most pages never show one).
   */
  setStyles(queries: readonly QueryStyle[]): void {
    if (!this.registry) return;
    this.clear();
    const colours = [...new Set(queries.map((q) => q.color))];
    this.rules = colours
      .map((color, i) => `::highlight(${highlightName(i)}) { background-color: ${color}40; text-decoration: underline 2px ${color}; }`)
      .join('\n');
    this.colours = colours.map(() => new Highlight());
    const byColour = new Map(colours.map((color, i) => [color, this.colours[i]!]));
    for (const q of queries) this.highlights.set(q.id, byColour.get(q.color)!);
  }

  /** Replaces a post's highlighted ranges. */
  set(post: Element, ranges: { queryId: string; range: Range }[]): void {
    this.remove(post);
    if (!this.registry || ranges.length === 0) return;
    this.show();
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

  /** Removes every highlight, the registered names and the rules (the queries change, or the extension goes). */
  clear(): void {
    for (const highlight of this.colours) highlight.clear();
    this.byPost.clear();
    this.highlights.clear();
    if (this.shown) {
      this.colours.forEach((_, i) => this.registry!.delete(highlightName(i)));
      this.sheet?.replaceSync('');
      this.shown = false;
    }
    this.colours = [];
    this.rules = '';
  }

  dispose(): void {
    this.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.document.adoptedStyleSheets = this.document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = undefined;
    }
  }

  /** Puts the rules in the page and registers the highlights, the first time a post needs them. */
  private show(): void {
    if (this.shown) return;
    this.shown = true;
    if (!this.sheet) {
      // A constructed sheet adopted by the document: no <style> element in the site's DOM.
      this.sheet = new CSSStyleSheet();
      this.document.adoptedStyleSheets = [...this.document.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(this.rules);
    this.colours.forEach((highlight, i) => this.registry!.set(highlightName(i), highlight));
  }

  /** How many posts have highlights, for diagnostics and tests. */
  get size(): number {
    return this.byPost.size;
  }
}

/** The name of the highlight of the `index`-th colour. */
const highlightName = (index: number) => `porte-parole-c${index}`;
