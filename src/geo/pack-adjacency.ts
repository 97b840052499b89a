/**
 * Packs per-node neighbour lists into the World's CSR arrays (adjOffsets, adjIndices, adjSea), each
 * node's neighbours sorted by index for determinism. Shared by the county world and its prefecture
 * aggregation.
 */
export interface NeighbourEdge {
  j: number;
  /** 1 for a sea edge, 0 for a land edge */
  sea: number;
}

export function packAdjacency(lists: NeighbourEdge[][]): { adjOffsets: Int32Array; adjIndices: Int32Array; adjSea: Uint8Array } {
  const n = lists.length;
  const adjOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) adjOffsets[i + 1] = adjOffsets[i] + lists[i].length;
  const adjIndices = new Int32Array(adjOffsets[n]);
  const adjSea = new Uint8Array(adjOffsets[n]);
  for (let i = 0; i < n; i++) {
    lists[i].sort((x, y) => x.j - y.j);
    lists[i].forEach((e, k) => {
      adjIndices[adjOffsets[i] + k] = e.j;
      adjSea[adjOffsets[i] + k] = e.sea;
    });
  }
  return { adjOffsets, adjIndices, adjSea };
}
