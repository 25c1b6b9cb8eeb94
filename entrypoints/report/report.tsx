import { useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db/instance';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n/t';
import { exportLogCsv, exportReportCsv } from '@/utils/report/export';
import { readMonth } from '@/utils/report/read';
import { lastMonth, monthReport, type Month, type MonthReport } from '@/utils/report/stats';
import { download } from '@/components/download';
import { BarChart, SentimentChart } from './charts';

const monthValue = (m: Month) => `${m.year}-${String(m.month).padStart(2, '0')}`;
const parseMonth = (value: string): Month | null => {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
};

/**
 * The monthly report: what was said about the brand and what was done, per platform, for
 * a chosen month (the last one by default). Printable (the browser's Print to PDF); every
 * chart has its numbers as a table; the log and the report export as CSV and JSON.
 */
export function Report() {
  const [month, setMonth] = useState<Month>(lastMonth());
  const data = useQuery({ queryKey: ['report', monthValue(month)], queryFn: () => readMonth(getDb(), month) });
  const report = data.data ? monthReport(month, data.data.mentions, data.data.interactions) : null;
  const name = `porte-parole-${monthValue(month)}`;

  return (
    <main class="report">
      <h1>{t('reportTitle', new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric' }).format(new Date(month.year, month.month - 1, 1)))}</h1>
      <div class="toolbar">
        <label>
          {t('reportMonth')}{' '}
          <input type="month" data-testid="report-month" value={monthValue(month)} onChange={(e) => setMonth(parseMonth(e.currentTarget.value) ?? month)} />
        </label>
        <button type="button" onClick={() => window.print()}>{t('reportPrint')}</button>
        {report && data.data && (
          <>
            <button type="button" data-testid="report-export-csv" onClick={() => download(`${name}-report.csv`, 'text/csv;charset=utf-8', exportReportCsv(report))}>{t('reportExportCsv')}</button>
            <button type="button" data-testid="report-export-json" onClick={() => download(`${name}-report.json`, 'application/json', JSON.stringify(report, null, 2))}>{t('reportExportJson')}</button>
            <button type="button" data-testid="log-export-csv" onClick={() => download(`${name}-log.csv`, 'text/csv;charset=utf-8', exportLogCsv(data.data.interactions))}>{t('logExportCsv')}</button>
            <button type="button" data-testid="log-export-json" onClick={() => download(`${name}-log.json`, 'application/json', JSON.stringify(data.data.interactions, null, 2))}>{t('logExportJson')}</button>
          </>
        )}
      </div>
      {data.isError && <p role="alert">{String(data.error)}</p>}
      {report && <ReportBody report={report} />}
    </main>
  );
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
function duration(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

function ReportBody({ report }: { report: MonthReport }) {
  const time = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <>
      <h2>{t('reportPlatforms')}</h2>
      <table data-testid="report-platforms">
        <thead>
          <tr><th>{t('filterPlatform')}</th><th>{t('reportDetected')}</th><th>{t('reportHandled')}</th><th>{t('reportHandledShare')}</th><th>{t('reportMedian')}</th><th>{t('reportP90')}</th></tr>
        </thead>
        <tbody>
          {[...report.platforms, report.totals].map((p) => (
            <tr key={p.platform} data-testid="report-platform-row" data-platform={p.platform}>
              <td>{p.platform === 'all' ? t('reportAll') : p.platform}</td>
              <td data-cell="detected">{p.detected}</td>
              <td data-cell="handled">{p.handled}</td>
              <td data-cell="share">{pct(p.handledShare)}</td>
              <td data-cell="median">{duration(p.medianResponseMs)}</td>
              <td data-cell="p90">{duration(p.p90ResponseMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('reportSentiment')}</h2>
      <SentimentChart days={report.sentimentByDay} />

      <h2>{t('reportKinds')}</h2>
      <BarChart testId="report-kinds" entries={Object.entries(report.kinds).map(([k, n]) => [t(`kind_${k}` as MessageKey), n])} />

      <h2>{t('reportReplies')}</h2>
      <table data-testid="report-reply-kinds">
        <tbody>
          {(['approved', 'edited', 'free'] as const).map((k) => {
            const total = report.replyKinds.approved + report.replyKinds.edited + report.replyKinds.free;
            return (
              <tr key={k} data-kind={k}><td>{t(`reportReply_${k}`)}</td><td>{report.replyKinds[k]}</td><td>{pct(total ? report.replyKinds[k] / total : null)}</td></tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('reportTopReplies')}</h3>
      {report.topReplies.length === 0 ? <p class="empty">—</p> : (
        <table data-testid="report-top-replies">
          <tbody>{report.topReplies.map((r) => <tr key={r.replyId}><td>{r.replyId}</td><td>{r.count}</td></tr>)}</tbody>
        </table>
      )}
      <h3>{t('reportAvoided')}</h3>
      {Object.keys(report.avoided).length === 0 ? <p class="empty">—</p> : (
        <table data-testid="report-avoided">
          <tbody>{Object.entries(report.avoided).map(([rule, n]) => <tr key={rule}><td>{rule}</td><td>{n}</td></tr>)}</tbody>
        </table>
      )}

      <h2>{t('reportEscalations')}</h2>
      {report.escalations.length === 0 ? <p class="empty">{t('reportNoEscalation')}</p> : (
        <ol class="escalations" data-testid="report-escalations">
          {report.escalations.map((e) => (
            <li key={`${e.at}-${e.url}`}>
              <time dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time> · {e.platform} · {e.author || '?'}{' '}
              <a href={e.url} target="_blank" rel="noreferrer">{e.excerpt}</a>
              <p class="note">{e.note}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
