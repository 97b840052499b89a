/**
 * The map shapes of `idlab compare --out report.html`: the world's outlines from the committed map
 * files (public/data/china-units.topo.json, merged into prefecture-level units for such a world;
 * public/data/us-states.json), projected for the report's maps. Null for a lattice or a mixed world,
 * which have no map. Reading and projecting the China map takes a fraction of a second.
 */
import type { Topology } from 'topojson-specification';
import { prefectureTopology } from '../geo/prefecture-topology.ts';
import { usStatesMap } from '../geo/topo-features.ts';
import type { WorldSpec } from '../model/scenario/types.ts';
import { reportMapShapes, type ReportMapShapes } from '../compare/report/reportMapShapes.ts';
import { CliError, EXIT } from './cli-error.ts';
import { loadWorld, readDataFile, US_STATES_FILE } from './load-world.ts';
import { packagePath } from './package-root.ts';

export const CHINA_MAP_FILE = ['public', 'data', 'china-units.topo.json'] as const;

/** A committed map file's JSON; unreadable or invalid, a CliError naming the file and the script that rebuilds it. */
function readJson(parts: readonly string[], rebuild = 'npm run data'): unknown {
  const text = readDataFile(parts, rebuild);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`cannot read the map data ${packagePath(...parts)}: ${(error as Error).message} (run \`${rebuild}\` to rebuild it)`, EXIT.invalid);
  }
}

export function compareReportMap(spec: WorldSpec): ReportMapShapes | null {
  if (spec.kind !== 'china' && spec.kind !== 'us-states') return null;
  const codes = loadWorld(spec).codes;
  if (spec.kind === 'us-states') return reportMapShapes(usStatesMap(readJson(US_STATES_FILE, 'npm run data:us')), 'us-states', codes);
  const county = readJson(CHINA_MAP_FILE) as Topology;
  return reportMapShapes((spec.unit ?? 'county') === 'county' ? county : prefectureTopology(county), 'china', codes);
}
