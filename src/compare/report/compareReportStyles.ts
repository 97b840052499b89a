/**
 * The comparison report's stylesheet: the calibration report's (one readable column, black on
 * white, figure classes) plus the KPI table, the maps and the print rules — A4 pages with 14 mm
 * margins, each section from a new page, the three maps side by side, no figure, map or table row
 * split across pages.
 */
import { REPORT_STYLES } from '../../calibration/report/reportStyles.ts';

export const COMPARE_REPORT_STYLES = `${REPORT_STYLES}
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.zh { color: #4a5568; }
table.kpis td, table.kpis th { font-size: 13px; }
table.kpis td.verdict { font-size: 12.5px; }
table.changes td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
.fans { display: grid; grid-template-columns: repeat(2, minmax(0, 340px)); gap: 8px 18px; }
.fans > svg.fig { width: 100%; }
.maps { display: flex; flex-wrap: wrap; gap: 8px 12px; }
.map-figure { margin: 0; flex: 1 1 300px; max-width: 320px; }
.map-figure figcaption { font-size: 12.5px; font-weight: 600; margin-bottom: 2px; }
svg.map { display: block; width: 100%; height: auto; }
.legends { display: flex; flex-wrap: wrap; gap: 4px 28px; }
p.legend-title { font-size: 12.5px; font-weight: 600; margin: 6px 0 2px; }
ul.map-legend { list-style: none; padding: 0; margin: 0; columns: 2; font-size: 11.5px; }
ul.map-legend li { break-inside: avoid; }
ul.map-legend .swatch { margin-left: 0; width: 14px; height: 10px; border: 1px solid #cbd5e0; }
@page { size: A4; margin: 14mm; }
@media print {
  section + section { break-before: page; }
  .map-figure, .fans > svg, .legends { break-inside: avoid; }
  .maps { flex-wrap: nowrap; }
  .map-figure { flex: 1 1 0; min-width: 0; max-width: none; }
}
`;
