/**
 * Parses a user's attribute-override CSV (`code,attribute,value`), which becomes part of the
 * scenario (`world.attributes`). Every problem is collected and reported at once, each naming its
 * line; nothing is silently skipped or defaulted.
 */
import type { AttributeOverride } from '../model/scenario/types.ts';
import { ATTRIBUTES, type AttributeId } from '../model/world.ts';
import { parseCsv } from './csv.ts';

export class AttributeOverrideError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`attribute overrides: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
    this.name = 'AttributeOverrideError';
  }
}

const HEADER = 'code,attribute,value';

export function parseAttributeOverridesCsv(text: string, knownCodes: ReadonlySet<string>): AttributeOverride[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    throw new AttributeOverrideError([(err as Error).message]);
  }
  if (!records.length) throw new AttributeOverrideError([`line 1: empty file (expected the header '${HEADER}')`]);
  const problems: string[] = [];
  const header = records[0].fields.map((f) => f.trim()).join(',');
  if (header !== HEADER) problems.push(`line ${records[0].line}: header is '${header}' (expected '${HEADER}')`);
  const out: AttributeOverride[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== 3) {
      problems.push(`line ${line}: ${fields.length} field${fields.length === 1 ? '' : 's'} (expected 3: ${HEADER})`);
      continue;
    }
    const [code, attribute, raw] = fields.map((f) => f.trim());
    let ok = true;
    if (!knownCodes.has(code)) {
      problems.push(`line ${line}: unknown code '${code}' (not a locality of this world)`);
      ok = false;
    }
    if (!(ATTRIBUTES as readonly string[]).includes(attribute)) {
      problems.push(`line ${line}: unknown attribute '${attribute}' (expected ${ATTRIBUTES.join(', ')})`);
      ok = false;
    }
    const value = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(value)) {
      problems.push(`line ${line}: value '${raw}' is not a number (expected a number in [0, 1])`);
      ok = false;
    } else if (value < 0 || value > 1) {
      problems.push(`line ${line}: value ${raw} is outside [0, 1]`);
      ok = false;
    }
    if (!ok) continue;
    const key = `${code} ${attribute}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push(`line ${line}: ${attribute} of ${code} is already set on line ${first}`);
      continue;
    }
    firstLine.set(key, line);
    out.push({ code, attribute: attribute as AttributeId, value });
  }
  if (problems.length) throw new AttributeOverrideError(problems);
  return out;
}
