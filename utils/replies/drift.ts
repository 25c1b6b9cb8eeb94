/**
 * How far a reply drifts from the approved text: the word-level edit distance (words
 * inserted, deleted or replaced) as a share of the longer text, 0 = as approved, 1 =
 * nothing left of it. Words rather than characters, so a fixed typo counts as one edit
 * and a 5,000-character element still compares while the manager types.
 */
export function replyDrift(approved: string, edited: string): number {
  const a = words(approved);
  const b = words(edited);
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  // One row of the classic dynamic programme at a time: memory in the shorter text.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(replace, previous[j]! + 1, row[j - 1]! + 1));
    }
    previous = row;
  }
  return previous[b.length]! / longest;
}

/** What the log and the report call a reply, from its drift. */
export function driftClass(drift: number | undefined): 'approved' | 'edited' | 'free' {
  if (drift === undefined) return 'free';
  return drift === 0 ? 'approved' : drift < 0.5 ? 'edited' : 'free';
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
