import { css } from 'lit';

/**
 * The frame compare mode's charts share (the fan and difference charts, the tornado): a figure with
 * its title, the SVG at the element's width in the app's chart font sizes (the x axis smaller), and
 * the legend as one wrapping row of key-and-label items below.
 */
export const chartFigureStyles = css`
  :host { display: block; }
  figure { margin: 0; }
  h4 { margin: 0 0 0.2rem; font-size: 0.95em; }
  svg { display: block; width: 100%; height: auto; font-size: var(--idl-chart-font-size, 13px); }
  svg g.x-axis { font-size: var(--idl-chart-axis-font-size, 10px); }
  svg text { font-family: inherit; }
  ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0.2rem 0 0; padding: 0; font-size: 0.8em; }
  li { display: inline-flex; align-items: center; gap: 0.3rem; }
`;
