import { t } from '@/utils/i18n/t';
import type { MonthReport } from '@/utils/report/stats';

const WIDTH = 640;
const HEIGHT = 160;

/**
 * Mentions per day, stacked by sentiment, in plain SVG (no charting library for three
 * bar charts), with its numbers as a table below for those who would rather read.
 */
export function SentimentChart({ days }: { days: MonthReport['sentimentByDay'] }) {
  if (days.length === 0) return <p class="empty">—</p>;
  const max = Math.max(...days.map((d) => d.neg + d.neu + d.pos));
  const step = WIDTH / days.length;
  const bar = Math.max(2, step * 0.7);
  const y = (n: number) => (n / max) * (HEIGHT - 16);
  return (
    <figure data-testid="report-sentiment">
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('reportSentiment')}>
        {days.map((d, i) => {
          let base = HEIGHT - 14;
          return (
            <g key={d.day}>
              {(['neg', 'neu', 'pos'] as const).map((s) => {
                const h = y(d[s]);
                base -= h;
                return <rect key={s} class={`bar-${s}`} x={i * step} y={base} width={bar} height={h} />;
              })}
              {(days.length <= 16 || i % 5 === 0) && <text x={i * step} y={HEIGHT - 2}>{d.day.slice(8)}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        <span>■ {t('sentiment_neg')}</span> <span>■ {t('sentiment_neu')}</span> <span>■ {t('sentiment_pos')}</span>
      </figcaption>
      <details>
        <summary>{t('reportNumbers')}</summary>
        <table>
          <thead><tr><th>{t('reportDay')}</th><th>{t('sentiment_neg')}</th><th>{t('sentiment_neu')}</th><th>{t('sentiment_pos')}</th></tr></thead>
          <tbody>{days.map((d) => <tr key={d.day}><td>{d.day}</td><td>{d.neg}</td><td>{d.neu}</td><td>{d.pos}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}

/** Horizontal bars, one per entry, with the count written beside each (also a table). */
export function BarChart({ entries, testId }: { entries: Array<[label: string, count: number]>; testId: string }) {
  if (entries.length === 0) return <p class="empty">—</p>;
  const max = Math.max(...entries.map(([, n]) => n));
  const row = 20;
  return (
    <figure data-testid={testId}>
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${entries.length * row}`} role="img">
        {entries.map(([label, n], i) => (
          <g key={label}>
            <text x={0} y={i * row + 14}>{label}</text>
            <rect class="bar" x={160} y={i * row + 4} width={((WIDTH - 220) * n) / max} height={12} />
            <text x={166 + ((WIDTH - 220) * n) / max} y={i * row + 14}>{n}</text>
          </g>
        ))}
      </svg>
      <details>
        <summary>{t('reportNumbers')}</summary>
        <table><tbody>{entries.map(([label, n]) => <tr key={label} data-label={label}><td>{label}</td><td>{n}</td></tr>)}</tbody></table>
      </details>
    </figure>
  );
}
