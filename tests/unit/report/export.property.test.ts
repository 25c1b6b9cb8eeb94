import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fromCell } from '@/utils/csv/cells';
import type { InteractionRow } from '@/utils/db/database';
import { exportLogCsv, exportReportCsv, LOG_COLUMNS } from '@/utils/report/export';
import { monthReport } from '@/utils/report/stats';
import { makeInteraction } from '../fixtures';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.filter((row) => row.length > 1);
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+33 6 12 34 56 78', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "'quoted", '"', '\n', '😀 é œ'),
);

describe('exports are safe to open in a spreadsheet', () => {
  it('gives back any text of the log, and no cell starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ author: hostile, text: hostile, note: hostile, excerpt: hostile }), { maxLength: 5 }), (fields) => {
        const rows: InteractionRow[] = fields.map((f, i) => ({ ...makeInteraction(i + 1), ...f, recordedAt: 0 }));
        const table = parse(exportLogCsv(rows));
        expect(table[0]).toEqual([...LOG_COLUMNS]);
        for (const cell of table.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const col = (name: (typeof LOG_COLUMNS)[number]) => LOG_COLUMNS.indexOf(name);
        table.slice(1).forEach((cells, i) => {
          expect(fromCell(cells[col('author')]!)).toBe(rows[i]!.author);
          expect(fromCell(cells[col('text')]!)).toBe(rows[i]!.text);
          expect(fromCell(cells[col('note')]!)).toBe(rows[i]!.note);
          expect(fromCell(cells[col('excerpt')]!)).toBe(rows[i]!.excerpt);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the report table with one row per platform and one for all', () => {
    const report = monthReport({ year: 2026, month: 11 }, [], [{ ...makeInteraction(1), recordedAt: 0 }]);
    expect(parse(exportReportCsv(report))).toEqual([
      ['platform', 'detected', 'handled', 'handled_share', 'median_response_seconds', 'p90_response_seconds'],
      ['web', '0', '0', '', '', ''],
      ['all', '0', '0', '', '', ''],
    ]);
  });
});
