import type { TeamDocument } from '../config/merge';
import { parseConfig, replyVariablesError, type ParseResult } from '../config/schema';
import { parseRepliesCsv } from '../replies/csv';

/**
 * Reads what the team source served: the configuration file (JSON), or the approved
 * replies as a spreadsheet published as CSV. Validated whole: one bad field or row
 * refuses the document, and the error names it (`replies[3].lang: …`, `row 5: …`).
 */
export function parseTeamDocument(body: string, contentType: string): ParseResult<TeamDocument> {
  const text = body.replace(/^\uFEFF/, '');
  const looksJson = /json/i.test(contentType) || /^\s*[{[]/.test(text);
  if (looksJson) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, error: `JSON: ${(error as Error).message}` };
    }
    return parseConfig(data);
  }
  const csv = parseRepliesCsv(text);
  if (!csv.ok) return csv;
  // A spreadsheet has no custom variables: its replies may use the built-in ones only.
  for (const [index, reply] of csv.replies.entries()) {
    const error = replyVariablesError(reply, []);
    if (error) return { ok: false, error: `row ${index + 2}: ${error}` };
  }
  return { ok: true, value: { version: 1, queries: [], replies: csv.replies, tone: { forbidden: [] } } };
}
