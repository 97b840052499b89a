/**
 * Where the landscape's camera stands: it orbits the centre of the map at `distance` world units
 * (the plane is 2 wide), `azimuth` radians clockwise from the south (0: looking north, as the map
 * reads), `elevation` radians above the plane. Each control (keys, buttons, drag, wheel, pinch)
 * is one function from a view to the next, clamped, so they all behave alike.
 */
export interface OrbitView {
  readonly azimuth: number;
  readonly elevation: number;
  readonly distance: number;
}

/** The opening view: from the south, 55° above the plane, the whole map and its inset in frame. */
export const DEFAULT_VIEW: OrbitView = { azimuth: 0, elevation: (55 * Math.PI) / 180, distance: 3.25 };

/** One key press or button: 15° of rotation, 5° of tilt, a factor 1.25 of zoom. */
export const ROTATE_STEP = (15 * Math.PI) / 180;
export const TILT_STEP = (5 * Math.PI) / 180;
export const ZOOM_STEP = 1.25;

const MIN_ELEVATION = (10 * Math.PI) / 180;
const MAX_ELEVATION = (89 * Math.PI) / 180;
const MIN_DISTANCE = 0.8;
const MAX_DISTANCE = 9;

/** The azimuth kept within (−π, π]. */
function wrap(a: number): number {
  const t = (((a + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return t - Math.PI;
}

export function rotate(v: OrbitView, radians: number): OrbitView {
  return { ...v, azimuth: wrap(v.azimuth + radians) };
}

export function tilt(v: OrbitView, radians: number): OrbitView {
  return { ...v, elevation: Math.min(MAX_ELEVATION, Math.max(MIN_ELEVATION, v.elevation + radians)) };
}

/** factor > 1 comes closer. */
export function zoom(v: OrbitView, factor: number): OrbitView {
  return { ...v, distance: Math.min(MAX_DISTANCE, Math.max(MIN_DISTANCE, v.distance / factor)) };
}

/** The camera's position relative to the point it orbits: x east, y north, z up. */
export function cameraPosition(v: OrbitView): [number, number, number] {
  const c = Math.cos(v.elevation);
  return [v.distance * c * Math.sin(v.azimuth), -v.distance * c * Math.cos(v.azimuth), v.distance * Math.sin(v.elevation)];
}

/** The view a key asks for (arrows rotate and tilt, + − zoom, 0 or R resets), or null for other keys. */
export function viewForKey(v: OrbitView, key: string): OrbitView | null {
  switch (key) {
    case 'ArrowLeft':
      return rotate(v, -ROTATE_STEP);
    case 'ArrowRight':
      return rotate(v, ROTATE_STEP);
    case 'ArrowUp':
      return tilt(v, TILT_STEP);
    case 'ArrowDown':
      return tilt(v, -TILT_STEP);
    case '+':
    case '=':
      return zoom(v, ZOOM_STEP);
    case '-':
    case '_':
      return zoom(v, 1 / ZOOM_STEP);
    case '0':
    case 'r':
    case 'R':
      return DEFAULT_VIEW;
    default:
      return null;
  }
}
