import { MAX_JSON_DEPTH, type JsonTextProblem } from '../../model/scenario/parseJsonText.ts';
import { t } from '../i18n/i18n.ts';

/**
 * One problem of an imported file's JSON text in the current language: where it is (line, column,
 * field path) and what to do. The syntax reason is the scanner's own English phrase.
 */
export function jsonProblemText(p: JsonTextProblem): string {
  switch (p.kind) {
    case 'syntax':
      return t('import.json.syntax', { line: p.line, column: p.column, reason: p.reason });
    case 'depth':
      return t('import.json.depth', { line: p.line, column: p.column, path: p.path, max: MAX_JSON_DEPTH });
    case 'reserved-key':
      return t('import.json.reservedKey', { line: p.line, column: p.column, path: p.path });
  }
}
