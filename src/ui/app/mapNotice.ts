import type { RunInfo } from '../../service/types.ts';
import { t } from '../i18n/i18n.ts';

/**
 * The line under the map (and in the map PNG): for China, that the map is a schematic with the
 * South China Sea islands in the inset; for a lattice or mixed world, that it has no map and what
 * its squares are; for the US states, the map's projection and that DC (grey) is not simulated.
 */
export function mapNotice(worldKind: RunInfo['worldKind']): string {
  if (worldKind === 'china') return t('app.mapNotice');
  if (worldKind === 'us-states') return t('map.usStates');
  return t('map.abstract', { kind: t(worldKind === 'lattice' ? 'world.lattice' : 'world.mixed') });
}
