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
  // (Plain locals, and no closure over them: a variable a closure shares lives in the
  // heap, and this loop runs for each node of each candidate post.)
  const parts: string[] = [];
  let length = 0;
  /** Text nodes and where their text starts in the joined text. */
  const nodes: Text[] = [];
  const starts: number[] = [];
  let separated = true;

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value) {
        // (Once separated, the sibling before need not be looked at: one call less a node.)
        if (!separated && node.previousSibling && BLOCKS.has(node.previousSibling.nodeName)) {
          parts.push(' ');
          length++;
        }
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
    if (!separated && (BLOCKS.has(name) || name === 'IMG')) {
      parts.push(' ');
      length++;
      separated = true;
    }
    node = walker.nextNode();
  }
  return new ReadText(parts.join(''), nodes, starts);
}

/** A reading and what `rangeOf` needs (an object, not a closure: one allocation less). */
class ReadText implements PostText {
  constructor(
    readonly text: string,
    private readonly nodes: Text[],
    private readonly starts: number[],
  ) {}

  rangeOf(start: number, end: number): Range | null {
    const { nodes, starts } = this;
    if (nodes.length === 0) return null;
    const from = nodeAt(starts, start, false);
    const to = nodeAt(starts, end, true);
    const first = nodes[from]!;
    const last = nodes[to]!;
    if (!first.isConnected || !last.isConnected) return null;
    const range = first.ownerDocument.createRange();
    range.setStart(first, clamp(start - starts[from]!, first.length));
    range.setEnd(last, clamp(end - starts[to]!, last.length));
    return range;
  }
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

/**
 * The text node holding a text offset: the last one starting at or before it (for an
 * end offset, strictly before: a separator snaps to the nearest text).
 */
function nodeAt(starts: number[], at: number, end: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (end ? starts[mid]! < at : starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const clamp = (offset: number, length: number) => Math.max(0, Math.min(offset, length));

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
