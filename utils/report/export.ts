import Papa from 'papaparse';
import { toCell } from '../csv/cells';
import type { InteractionRow } from '../db/database';
import type { MonthReport } from './stats';

/** Columns of the log export, documented in the README. */
export const LOG_COLUMNS = [
  'id', 'time', 'platform', 'action', 'author', 'url', 'post_id', 'excerpt', 'queries', 'reply_id', 'reply_version',
  'drift', 'text', 'tone', 'avoided', 'lang', 'sentiment', 'kind', 'urgency', 'response_seconds', 'note',
] as const;

/** A CSV no spreadsheet executes: every cell quoted, formula-like cells made text (see toCell). */
function csv(fields: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  const data = rows.map((row) => row.map((cell) => toCell(cell === undefined ? '' : String(cell))));
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { quotes: true, newline: '\r\n' })}`;
}

export function exportLogCsv(rows: readonly InteractionRow[]): string {
  return csv(
    LOG_COLUMNS,
    rows.map((r) => [
      r.id, new Date(r.at).toISOString(), r.platform, r.action, r.author, r.url, r.postId, r.excerpt, r.matchedQueries.join('|'),
      r.replyId, r.replyVersion, r.drift === undefined ? undefined : r.drift.toFixed(3), r.text, r.toneLevel, (r.avoided ?? []).join('|'),
      r.triage?.lang, r.triage?.sentiment, r.triage?.kind, r.triage?.urgency,
      r.responseMs === undefined ? undefined : Math.round(r.responseMs / 1000), r.note,
    ]),
  );
}

/** The report's per-platform table as CSV: one row per platform and one for all. */
export const REPORT_COLUMNS = ['platform', 'detected', 'handled', 'handled_share', 'median_response_seconds', 'p90_response_seconds'] as const;

export function exportReportCsv(report: MonthReport): string {
  const seconds = (ms: number | null) => (ms === null ? undefined : Math.round(ms / 1000));
  return csv(
    REPORT_COLUMNS,
    [...report.platforms, report.totals].map((p) => [
      p.platform, p.detected, p.handled, p.handledShare === null ? undefined : p.handledShare.toFixed(3), seconds(p.medianResponseMs), seconds(p.p90ResponseMs),
    ]),
  );
}
