import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { ZoomTransform } from 'd3';
import type { MapLayout } from './map-layout.ts';
import { DEMO_COLOR, LINK_COLOR, ORIGIN_COLOR } from '../palette.ts';

/** A point of the overlay: untransformed layout CSS px, and whether it lies in the inset. */
export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly inset: boolean;
}

/** What the SVG overlay shows (all positions before the zoom transform). */
export interface OverlayState {
  readonly origins: readonly Anchor[];
  readonly demos: readonly Anchor[];
  /** learning links, source → learner */
  readonly links: readonly (readonly [Anchor, Anchor])[];
  /** SVG path data of the hovered feature, main view and inset ('' where absent) */
  readonly hover: { readonly main: string; readonly inset: string } | null;
  /** SVG path data of the outlines of the places a milestone applies to (main view and inset), or null */
  readonly places?: { readonly main: string; readonly inset: string } | null;
}

/** Screen position of an anchor: main-view anchors follow the zoom, inset anchors stay put. */
function screen(a: Anchor, t: ZoomTransform): [number, number] {
  return a.inset ? [a.x, a.y] : [t.x + t.k * a.x, t.y + t.k * a.y];
}

/** A gently curved link (quadratic, bent 20 % of its length to the left) so direction reads. */
function linkPath(a: Anchor, b: Anchor, t: ZoomTransform): string {
  const [x1, y1] = screen(a, t);
  const [x2, y2] = screen(b, t);
  const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
  const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
  return `M${x1.toFixed(1)},${y1.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

/** Outline of the places a milestone applies to (dark magenta: apart from every stage colour and from the accent). */
export const PLACES_COLOR = '#b5006b';

/** Demonstration sites shrink when there are many, so they mark places without hiding the colours. */
const MANY_DEMOS = 25;

function marks(anchors: readonly Anchor[], inset: boolean, t: ZoomTransform, kind: 'origin' | 'demo'): SVGTemplateResult[] {
  const many = anchors.length > MANY_DEMOS;
  const half = many ? 1.75 : 2.75; // px, half the diamond's side
  return anchors
    .filter((a) => a.inset === inset)
    .map((a) => {
      const [x, y] = screen(a, t);
      return kind === 'origin'
        ? svg`<circle cx=${x} cy=${y} r="6.5" fill="none" stroke="#ffffff" stroke-width="4.5"></circle>
              <circle class="origin" cx=${x} cy=${y} r="6.5" fill="none" stroke=${ORIGIN_COLOR} stroke-width="2.5"></circle>
              <circle cx=${x} cy=${y} r="2" fill=${ORIGIN_COLOR}></circle>`
        : svg`<rect class="demo" x=${x - half} y=${y - half} width=${2 * half} height=${2 * half} transform=${`rotate(45 ${x} ${y})`}
                fill=${DEMO_COLOR} stroke=${many ? 'none' : '#ffffff'} stroke-width="1"></rect>`;
    });
}

function layer(state: OverlayState, inset: boolean, t: ZoomTransform): SVGTemplateResult {
  const hover = state.hover ? (inset ? state.hover.inset : state.hover.main) : '';
  const places = state.places ? (inset ? state.places.inset : state.places.main) : '';
  return svg`
    ${places
      ? svg`<path class="places-halo" d=${places} transform=${inset ? '' : t.toString()} fill="none" stroke="#ffffff"
              stroke-width="5" stroke-linejoin="round" vector-effect="non-scaling-stroke"></path>
            <path class="places" d=${places} transform=${inset ? '' : t.toString()} fill="none" stroke=${PLACES_COLOR}
              stroke-width="2.5" stroke-linejoin="round" vector-effect="non-scaling-stroke"></path>`
      : nothing}
    ${hover
      ? svg`<path class="hover" d=${hover} transform=${inset ? '' : t.toString()} fill="none" stroke="#111111"
              stroke-width="2" vector-effect="non-scaling-stroke"></path>`
      : nothing}
    ${state.links
      .filter(([a, b]) => a.inset === inset && b.inset === inset)
      .map(([a, b]) => svg`<path class="link" d=${linkPath(a, b, t)} fill="none" stroke=${LINK_COLOR}
              stroke-width="1.5" marker-end="url(#idl-map-arrow)"></path>`)}
    ${marks(state.demos, inset, t, 'demo')}
    ${marks(state.origins, inset, t, 'origin')}`;
}

/**
 * The SVG overlay over the canvases: a milestone's places (outlined, pulsing), hover outline, learning
 * links, demonstration sites and origins.
 * Marks keep their size under zoom; the main view's overlay is clipped away from the inset box.
 */
export function renderOverlay(state: OverlayState, layout: MapLayout, t: ZoomTransform): SVGTemplateResult {
  const { width: w, height: h, insetRect: r } = layout;
  return svg`<svg class="overlay" width=${w} height=${h} viewBox=${`0 0 ${w} ${h}`} aria-hidden="true">
    <defs>
      <clipPath id="idl-map-main-clip">
        <path clip-rule="evenodd" d=${`M0,0H${w}V${h}H0Z M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}Z`}></path>
      </clipPath>
      <clipPath id="idl-map-inset-clip"><rect x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect></clipPath>
      <marker id="idl-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
        <path d="M0,0L10,5L0,10Z" fill=${LINK_COLOR}></path>
      </marker>
    </defs>
    <g clip-path="url(#idl-map-main-clip)">${layer(state, false, t)}</g>
    <g clip-path="url(#idl-map-inset-clip)">${layer(state, true, t)}</g>
  </svg>`;
}
