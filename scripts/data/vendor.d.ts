// Minimal typings for the build-only tools that ship none.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
declare module 'topojson-server' {
  import type { Topology } from 'topojson-specification';
  export function topology(objects: Record<string, unknown>, quantization?: number): Topology;
}
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export function presimplify(topology: Topology, weight?: (triangle: number[][]) => number): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function quantile(topology: Topology, p: number): number;
  export function filter(topology: Topology, filter: (ring: number[], interior: boolean) => boolean): Topology;
  export function planarTriangleArea(triangle: number[][]): number;
}
