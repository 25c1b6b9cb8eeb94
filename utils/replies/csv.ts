import Papa from 'papaparse';
import * as v from 'valibot';
import { PLATFORMS, type Platform } from '../config/platforms';
import { describeIssue, ReplySchema, type Reply } from '../config/schema';
import { fromCell, toCell } from '../csv/cells';

/**
 * The approved replies as a spreadsheet a team can keep: one row per element, columns
 * documented in the README. Parsed with Papa Parse (quotes, embedded newlines, BOM).
 */
export const CSV_COLUMNS = [
  'id', 'title', 'category', 'lang', 'text', 'tags', ...PLATFORMS.map((p) => `text_${p}`), 'version',
  // The same element in the other language (its platform variants stay in the JSON form).
  'translation_lang', 'translation_text',
] as const;
const REQUIRED = ['id', 'title', 'category', 'lang', 'text'] as const;
/** Tags share one cell, separated by this. */
const TAG_SEPARATOR = '|';

export type CsvResult = { ok: true; replies: Reply[] } | { ok: false; error: string };

/** One translation fits the sheet: the element's text in the other language, without platform variants. */
function translationCells(reply: Reply): { translation_lang: string; translation_text: string } {
  const [lang, translation] = Object.entries(reply.translations ?? {})[0] ?? ['', undefined];
  return { translation_lang: translation ? lang : '', translation_text: translation?.text ?? '' };
}

export function exportRepliesCsv(replies: readonly Reply[]): string {
  const rows = replies.map((r) => {
    const row: Record<string, string> = {
      id: r.id,
      title: r.title,
      category: r.category,
      lang: r.lang,
      text: r.text,
      tags: (r.tags ?? []).join(TAG_SEPARATOR),
      version: r.version ? String(r.version) : '',
      ...translationCells(r),
    };
    for (const p of PLATFORMS) row[`text_${p}`] = r.platforms?.[p] ?? '';
    return Object.fromEntries(Object.entries(row).map(([k, value]) => [k, toCell(value)]));
  });
  // Quotes around every cell: line breaks and separators inside a text stay in its cell.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((c) => row[c] ?? '')) }, { quotes: true, newline: '\r\n' });
}

/**
 * Reads the CSV form. The file is refused as a whole at its first bad row, with the row
 * number as a spreadsheet shows it (the header is row 1) and the field.
 */
export function parseRepliesCsv(text: string): CsvResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !fields.includes(c));
  if (missing.length) return { ok: false, error: `row 1: missing column ${missing.join(', ')}` };
  const unknown = fields.filter((f) => f && !(CSV_COLUMNS as readonly string[]).includes(f));
  if (unknown.length) return { ok: false, error: `row 1: unknown column ${unknown.join(', ')}` };
  const broken = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (broken) return { ok: false, error: `row ${(broken.row ?? 0) + 2}: ${broken.message}` };

  const replies: Reply[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of parsed.data.entries()) {
    const row = Object.fromEntries(Object.entries(raw).map(([k, value]) => [k, fromCell(value ?? '')]));
    const platforms: Partial<Record<Platform, string>> = {};
    for (const p of PLATFORMS) if (row[`text_${p}`]) platforms[p] = row[`text_${p}`];
    const tags = row.tags ? row.tags.split(TAG_SEPARATOR).map((t) => t.trim()).filter(Boolean) : undefined;
    const candidate = {
      id: row.id,
      title: row.title,
      category: row.category,
      lang: row.lang,
      text: row.text,
      ...(Object.keys(platforms).length ? { platforms } : {}),
      ...(tags?.length ? { tags } : {}),
      // A whole number or nothing: "2.5" or "two" is refused by the schema, naming the field.
      ...(row.translation_lang || row.translation_text
        ? { translations: { [row.translation_lang ?? '']: { text: row.translation_text ?? '' } } }
        : {}),
      ...(row.version?.trim() ? { version: /^\d+$/.test(row.version.trim()) ? Number(row.version) : row.version } : {}),
    };
    const result = v.safeParse(ReplySchema, candidate);
    if (!result.success) return { ok: false, error: `row ${index + 2}: ${describeIssue(result.issues[0])}` };
    if (seen.has(result.output.id)) return { ok: false, error: `row ${index + 2}: id: "${result.output.id}" appears twice` };
    seen.add(result.output.id);
    replies.push(result.output);
  }
  return { ok: true, replies };
}
