import { css } from 'lit';

/**
 * Styles of `<idl-map>`: the map surface (stacked canvases and SVG overlay) takes the height the
 * host gives it minus the legend beneath, so the legend never hides a part of the map; the
 * tooltip sits beside the pointer.
 */
export const mapStyles = css`
  /* Without a height from the page, the map takes China's shape (about 4 : 3 with its legend).
     The page may restyle the host's size; the frame inside fills whatever box it gets. When the
     legend wraps onto more rows than the box leaves it (a phone), the host grows (an aspect-ratio
     box is at least as tall as its content, hence no min-height here) instead of the legend
     spilling over what follows. */
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    aspect-ratio: 4 / 3;
    font-family: system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    font-size: var(--idl-map-font-size, 15px);
    color: #1a1a1a;
  }
  .frame {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
  }
  .surface {
    position: relative;
    flex: 1 1 auto;
    min-height: 220px;
    overflow: hidden;
    cursor: grab;
    touch-action: none;
    outline: none;
  }
  .surface:focus-visible { box-shadow: inset 0 0 0 3px #0b5cad; }
  .surface:active { cursor: grabbing; }
  canvas, svg.overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
  /* a milestone's places pulse gently (still for users who prefer reduced motion) */
  .places { animation: idl-places-pulse 1.2s ease-in-out infinite alternate; }
  @keyframes idl-places-pulse { from { stroke-opacity: 1; } to { stroke-opacity: 0.35; } }
  @media (prefers-reduced-motion: reduce) { .places { animation: none; } }
  .legend {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 14px;
    padding: 4px 2px 0;
    line-height: 1.3;
  }
  .legend-title { font-weight: 700; }
  .legend ul { display: contents; list-style: none; }
  .legend li { display: flex; align-items: center; gap: 5px; white-space: nowrap; }
  /* 16 px at the default legend size; scales with the type (projector mode: larger, readable from the back) */
  .swatch { flex: none; vertical-align: -2px; width: 1.15em; height: 1.15em; }
  .links-toggle { display: flex; align-items: center; gap: 6px; cursor: pointer; min-height: 32px; white-space: nowrap; }
  .links-toggle input { width: 18px; height: 18px; margin: 0; }
  .reset-zoom {
    font: inherit; min-height: 32px; padding: 2px 10px; cursor: pointer;
    border: 1px solid #8a8a8a; border-radius: 6px; background: #fff;
  }
  .inset-label {
    position: absolute;
    box-sizing: border-box;
    width: max-content;
    text-align: right;
    padding: 1px 4px;
    font-size: 0.75em;
    line-height: 1.2;
    color: #444;
    background: rgba(255, 255, 255, 0.75);
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    transform: translate(14px, 14px);
    width: max-content;
    max-width: 22em;
    padding: 8px 10px;
    background: #ffffff;
    border: 1px solid #888;
    border-radius: 6px;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
    pointer-events: none;
    line-height: 1.4;
    z-index: 2;
  }
  .tooltip.flip-x { transform: translate(calc(-100% - 14px), 14px); }
  .tooltip.flip-y { transform: translate(14px, calc(-100% - 14px)); }
  .tooltip.flip-x.flip-y { transform: translate(calc(-100% - 14px), calc(-100% - 14px)); }
  .tt-title { font-weight: 700; font-size: 1.1em; }
  .tooltip dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 4px 0; }
  .tooltip dt { color: #555; }
  .tooltip dd { margin: 0; }
  .muted { color: #555; }
  .tt-badges { margin-top: 2px; font-weight: 600; }
`;
