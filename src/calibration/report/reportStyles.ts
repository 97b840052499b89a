/**
 * The calibration report's stylesheet, inlined in its <head> (the report is one file read from
 * file:// with no network): a readable column on screen, black on white, the figures' classes, and
 * print rules that keep a figure or a table row on one page.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1a202c; background: #fff; margin: 0 auto; padding: 24px 28px 48px; max-width: 1000px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #cbd5e0; }
p.sub { margin: 0 0 16px; color: #4a5568; }
p.note { color: #4a5568; font-size: 13.5px; margin: 6px 0 10px; }
code { font: 13px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f4f6f8; padding: 0 3px; border-radius: 3px; }
table { border-collapse: collapse; font-size: 14px; margin: 8px 0 12px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: middle; }
th { background: #f7fafc; font-weight: 600; }
table.fans td:nth-child(2) { width: 320px; padding: 2px 6px; }
.nowrap { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.run th { width: 260px; }
.verdict-narrowed, .pass { color: #22663a; font-weight: 600; }
.verdict-weak { color: #8a5a00; font-weight: 600; }
.verdict-not-identified, .fail { color: #b3261e; font-weight: 600; }
.grid { display: flex; flex-wrap: wrap; gap: 10px 18px; }
.legend { font-size: 13px; color: #4a5568; margin: 4px 0 8px; }
.swatch { display: inline-block; width: 18px; height: 9px; vertical-align: middle; margin: 0 4px 0 10px; }
svg.fig { display: block; max-width: 100%; height: auto; overflow: visible; }
svg .axis { stroke: #718096; stroke-width: 1; fill: none; }
svg .tick { font-size: 10px; fill: #4a5568; }
svg .label { font-size: 11px; fill: #2d3748; }
svg .title { font-size: 13px; font-weight: 600; fill: #1a202c; }
svg .name { font-size: 11px; font-weight: 600; fill: #1a202c; }
svg .corr { fill: #4a5568; }
svg .post { fill: #3b7dd8; fill-opacity: 0.75; }
svg .prior { stroke: #4a5568; stroke-width: 1.3; stroke-dasharray: 5 3; fill: none; }
svg .interval { stroke: #1a202c; stroke-width: 2; }
svg .median { fill: #1a202c; }
svg .line { stroke: #3b7dd8; stroke-width: 2; fill: none; }
svg .cell { fill: #fbfcfd; stroke: #e2e8f0; }
svg .dots { stroke: #2b5fb0; stroke-width: 3.2; stroke-linecap: round; fill: none; }
svg .wide { stroke: #a9c4ec; stroke-width: 6; }
svg .narrow { stroke: #3b7dd8; stroke-width: 12; }
svg .observed { stroke: #c53030; stroke-width: 2; }
svg .observed-mark { fill: #c53030; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  svg.fig, tr, .grid > * { break-inside: avoid; }
  th { background: none; }
}
`;
