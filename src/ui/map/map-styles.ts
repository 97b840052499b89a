import { css } from 'lit';

/** Styles of `<idl-map>`: stacked canvases and overlay, legend bottom-left, tooltip beside the pointer. */
export const mapStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 240px;
    font-family: system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    font-size: var(--idl-map-font-size, 15px);
    color: #1a1a1a;
  }
  .surface {
    position: absolute;
    inset: 0;
    overflow: hidden;
    cursor: grab;
    touch-action: none;
    outline: none;
  }
  .surface:focus-visible { box-shadow: inset 0 0 0 3px #0b5cad; }
  .surface:active { cursor: grabbing; }
  canvas, svg.overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
  .legend {
    position: absolute;
    left: 8px;
    bottom: 8px;
    padding: 6px 10px;
    background: rgba(255, 255, 255, 0.88);
    border: 1px solid #c8c8c8;
    border-radius: 6px;
    line-height: 1.35;
    max-width: 42%;
  }
  .legend-title { font-weight: 700; margin-bottom: 2px; }
  .legend ul { list-style: none; margin: 0; padding: 0; }
  .legend li { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
  .swatch { flex: none; vertical-align: -2px; }
  .links-toggle { display: flex; align-items: center; gap: 6px; margin-top: 4px; cursor: pointer; min-height: 32px; }
  .links-toggle input { width: 18px; height: 18px; margin: 0; }
  .reset-zoom {
    font: inherit; margin-top: 4px; min-height: 32px; padding: 2px 10px; cursor: pointer;
    border: 1px solid #8a8a8a; border-radius: 6px; background: #fff;
  }
  .inset-label {
    position: absolute;
    font-size: 0.8em;
    color: #444;
    pointer-events: none;
  }
  .tooltip {
    position: absolute;
    transform: translate(14px, 14px);
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
