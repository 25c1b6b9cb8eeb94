import type { MayBreak } from './screen';

/**
 * A post's text as a reader sees it, read straight from the DOM: words split across
 * links and emphasis (`Ac<b>me</b>`) stay whole; block elements, line breaks and images
 * (emoji drawn as <img>) separate words. `textContent` would glue `<p>Acme</p><p>Rocket</p>`
 * into `AcmeRocket`. Alt text is not the author's words and is left out.
 */
export interface PostText {
  text: string;
  /** A DOM Range over the text between two offsets, for highlighting; null if gone. */
  rangeOf(start: number, end: number): Range | null;
}

export interface ReadOptions {
  /** Elements whose content is not part of this post (nested posts, our helper). */
  skip?: (element: Element) => boolean;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Never text of the post: code, form controls (a draft reply), our own helper. */
const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'PORTE-PAROLE-HELPER']);

export function readPostText(root: Element, { skip }: ReadOptions = {}): PostText {
  const parts: string[] = [];
  /** Text nodes and where their text starts in the joined string. */
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let separated = true;
  const separate = () => {
    if (!separated) {
      parts.push(' ');
      length += 1;
      separated = true;
    }
  };

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value) {
        // (Once separated, the sibling before need not be looked at: one call less a node.)
        if (!separated && node.previousSibling && BLOCKS.has(node.previousSibling.nodeName)) separate();
        nodes.push(node as Text);
        starts.push(length);
        parts.push(value);
        length += value.length;
        separated = isSpace(value.charCodeAt(value.length - 1));
      }
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    // HTML elements' names are upper case already; SVG's and XML's are not.
    let name = element.nodeName;
    if (name.charCodeAt(0) > 0x5a) name = name.toUpperCase();
    if (IGNORED.has(name) || skip?.(element)) {
      node = nextOutside(walker);
      continue;
    }
    if (BLOCKS.has(name) || name === 'IMG') separate();
    node = walker.nextNode();
  }

  const text = parts.join('');
  return {
    text,
    rangeOf(start, end) {
      const from = locate(nodes, starts, start, 'start');
      const to = locate(nodes, starts, end, 'end');
      if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

/** `/\s/` for one code unit (the separator test runs once a text node). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Moves the walker past the current element's subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  for (let at: Node | null = walker.currentNode; at && at !== walker.root; at = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** The text node and offset at a text offset (a separator snaps to the nearest text). */
function locate(nodes: Text[], starts: number[], at: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = nodes.length - 1;
  if (hi < 0) return null;
  // The last node starting at or before `at` (for an end offset: strictly before).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (side === 'start' ? starts[mid]! <= at : starts[mid]! < at) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const offset = Math.max(0, Math.min(at - starts[lo]!, node.data.length));
  return { node, offset };
}

/**
 * A post's raw characters, fast (native `textContent`): what the scanner compares to
 * notice a changed post, and what `Matcher.mightMatch` screens before the exact reading
 * above. Word breaks may be missing here; no character of the exact reading is. (A word
 * cut in two by an element the exact reading skips, `Ac<button>…</button>me`, is the one
 * case the screen misses: no site writes its posts that way.)
 */
export function quickPostText(root: Element): string {
  return root.textContent ?? '';
}

/**
 * Where the exact reading of `root` (by `readPostText`, of `root` or of an element inside
 * it, whatever it skips) may break words, as offsets of `quickPostText(root)`: where an
 * element starts or ends (a block, a line break, an image, or an element skipped or read
 * from). Never inside one text node, nor between two text nodes side by side. The text
 * nodes are walked only when asked (for the rare post whose raw text glues a query word
 * to letters; the other posts cost nothing), from the nearer end when `length`, the raw
 * text's length, is given (it must be that of the text as it is now).
 */
export function textBreaks(root: Element, length = Infinity): MayBreak {
  return (from, to = from) => {
    if (from <= 0 || to >= length) return true;
    if (length === Infinity) return breaksFromStart(root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT), from, to);
    const walker = textWalker(root.ownerDocument);
    walker.currentNode = root;
    return from + to > length ? breaksFromEnd(walker, from, to, length) : breaksFromStart(walker, from, to);
  };
}

// A TreeWalker over text nodes: one call into the DOM for each text node, and no element
// handed to JavaScript (each node handed over costs, the first time). One walker for the
// whole document, set at the post: the walks never leave it, as they stop at an offset
// strictly inside its text, which `length` bounds (without it, a walker of the post's own).
const walkers = new WeakMap<Document, TreeWalker>();
function textWalker(document: Document): TreeWalker {
  let walker = walkers.get(document);
  if (!walker) {
    walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    walkers.set(document, walker);
  }
  return walker;
}

function breaksFromStart(walker: TreeWalker, from: number, to: number): boolean {
  let at = 0;
  /** The text that ends at the offset, once met. */
  let before: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.length;
    if (length === 0) continue;
    if (before) return elementBetween(before, node);
    if (at + length < from) {
      at += length;
      continue;
    }
    // The node holds the character before `from`.
    if (at + length > to) return false; // all inside one text node
    if (at + length !== from || from !== to) return true; // a node ends in the range
    before = node;
    at += length;
  }
  return true;
}

function breaksFromEnd(walker: TreeWalker, from: number, to: number, length: number): boolean {
  let end = length;
  /** The text that starts at the offset, once met. */
  let after: Text | null = null;
  for (let node = walker.lastChild() as Text | null; node; node = walker.previousNode() as Text | null) {
    const size = node.length;
    if (size === 0) continue;
    if (after) return elementBetween(node, after);
    const start = end - size;
    if (start > to) {
      end = start;
      continue;
    }
    // The node holds the character at `to`.
    if (start < from) return false; // all inside one text node
    if (start !== from || from !== to) return true; // a node starts in the range
    after = node;
    end = start;
  }
  return true;
}

/** Whether an element starts or ends between two text nodes (the second after the first). */
function elementBetween(first: Text, second: Text): boolean {
  let sibling = first.nextSibling;
  while (sibling && sibling !== second && sibling.nodeType === Node.TEXT_NODE) sibling = sibling.nextSibling;
  return sibling !== second;
}
