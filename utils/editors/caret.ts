/**
 * Where the reply goes in a rich editor: where the manager left the caret (or over what
 * they selected), else at the end, after what they already typed. Opening the helper and
 * typing in its search field take the document's selection away from the reply box, so the
 * last caret inside each editable is remembered as it moves.
 */

const lastRanges = new WeakMap<HTMLElement, Range>();

function editingHost(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  if (!el?.isContentEditable) return null;
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Remembers the caret of every editable as it moves; returns the function that stops it. */
export function watchCarets(doc: Document = document): () => void {
  const onChange = () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const host = editingHost(selection.anchorNode);
    if (host) lastRanges.set(host, selection.getRangeAt(0).cloneRange());
  };
  doc.addEventListener('selectionchange', onChange);
  return () => doc.removeEventListener('selectionchange', onChange);
}

/** The deepest last position inside `root`: the end of its last text, else its end. */
function endOf(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.trim()) last = node as Text;
  }
  if (last) range.setStart(last, last.data.length);
  else range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Rich editors restore their own selection when focused, then follow the document's
 * selection from `selectionchange`, which arrives a task later (Quill 1 reads it a further
 * millisecond after that): give each step time before the insert reads the selection.
 */
export const EDITOR_SETTLE_MS = 40;

/**
 * Focuses the editable and puts the caret where the reply goes: inside it already (the
 * manager's caret), the remembered range, or the end.
 */
export async function placeCaret(target: HTMLElement): Promise<void> {
  const selection = target.ownerDocument.getSelection();
  const inside = !!selection && selection.rangeCount > 0 && target.contains(selection.anchorNode);
  const saved = inside ? selection.getRangeAt(0).cloneRange() : lastRanges.get(target);
  target.focus();
  await wait(EDITOR_SETTLE_MS);
  if (!selection) return;
  const range = saved && target.contains(saved.startContainer) && target.contains(saved.endContainer) ? saved : endOf(target);
  selection.removeAllRanges();
  selection.addRange(range);
  await wait(EDITOR_SETTLE_MS);
}
