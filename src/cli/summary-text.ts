/**
 * The summary of a run as a plain-text table for stdout (`idlab run` without --out): one line per
 * outcome, one column per innovation. Shares are printed as percentages, differences of shares (the
 * east–west gap) in percentage points (pp), years with one decimal;
 * "—" marks an outcome that is undefined (never reached, nobody adopted).
 */
import type { Summary, InnovationSummary } from '../model/metrics/summary.ts';
import { CHANNEL_IDS } from '../model/events/channels.ts';

type Format = 'years' | 'share' | 'points' | 'number' | 'count';

const LINES: { label: string; format: Format; get: (s: InnovationSummary) => number | null }[] = [
  { label: 'years to 10 % ever adopted', format: 'years', get: (s) => s.t10 },
  { label: 'years to 50 % ever adopted', format: 'years', get: (s) => s.t50 },
  { label: 'years to 90 % ever adopted', format: 'years', get: (s) => s.t90 },
  { label: 'ever adopted', format: 'share', get: (s) => s.everAdoptedShare },
  { label: 'active now (stages 1–4)', format: 'share', get: (s) => s.activeShare },
  { label: 'adoptions', format: 'count', get: (s) => s.adoptions },
  { label: 'persistence after 5 years (KM)', format: 'share', get: (s) => s.persistence5 },
  { label: 'provinces with ≥ 10 % active', format: 'count', get: (s) => s.provincesActive10 },
  { label: "Moran's I of adoption years", format: 'number', get: (s) => s.moranI },
  { label: 'mean quality of active', format: 'number', get: (s) => s.meanQuality },
  { label: 'formalism share of adopters', format: 'share', get: (s) => s.formalismShare },
  { label: 'show share of adopters', format: 'share', get: (s) => s.showShare },
  { label: 'mean capacity/digital gap', format: 'number', get: (s) => s.meanGap },
  { label: 'Gini across provinces', format: 'number', get: (s) => s.giniProvinces },
  { label: 'east–west gap (active share, east − west)', format: 'points', get: (s) => s.eastWestGap },
  { label: 'Bass fit p (per year)', format: 'number', get: (s) => s.bass?.p ?? null },
  { label: 'Bass fit q (per year)', format: 'number', get: (s) => s.bass?.q ?? null },
];

function format(value: number | null, kind: Format): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'years':
      return value.toFixed(1);
    case 'share':
      return `${(100 * value).toFixed(1)} %`;
    case 'points':
      // a difference of two shares: percentage points, as the app's KPI says
      return `${(100 * value).toFixed(1)} pp`;
    case 'count':
      return String(value);
    default:
      return value.toFixed(3);
  }
}

export function summaryText(summary: Summary, header: string): string {
  const ids = summary.innovations.map((s) => s.id);
  const rows: string[][] = LINES.map((line) => [line.label, ...summary.innovations.map((s) => format(line.get(s), line.format))]);
  // Channels: only those that carried an adoption in some innovation.
  for (const channel of CHANNEL_IDS) {
    if (summary.innovations.some((s) => (s.channelShares[channel] ?? 0) > 0)) {
      rows.push([`adoptions via ${channel}`, ...summary.innovations.map((s) => format(s.channelShares[channel] ?? 0, 'share'))]);
    }
  }
  const labelWidth = Math.max(...rows.map((r) => r[0].length));
  const widths = ids.map((id, j) => Math.max(id.length, ...rows.map((r) => r[j + 1].length)));
  const line = (cells: string[]): string => `${cells[0].padEnd(labelWidth)}  ${cells.slice(1).map((c, j) => c.padStart(widths[j])).join('  ')}`.trimEnd();
  return `${header}\n\n${line(['', ...ids])}\n${rows.map(line).join('\n')}\n`;
}
