import type { PresetInfo, TextLoader } from './types.ts';

/** Preset ids are plain names (they become file names): no paths, no dots. */
const PRESET_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The presets of public/scenarios: the index for the picker, and the parsed files for `extends`
 * (resolveScenario is synchronous, so every preset a scenario needs is fetched before resolving).
 */
export class PresetStore {
  private readonly files = new Map<string, unknown>();
  /** ids of the published presets (scenarios/index.json), once read; null if the index could not be read */
  private known: Promise<Set<string> | null> | null = null;

  constructor(private readonly load: () => TextLoader) {}

  /**
   * The ids of index.json: an unknown id is refused without a request (a file that `extends` a
   * preset that does not exist must be a message, not a 404 in the browser's console).
   */
  private knownIds(): Promise<Set<string> | null> {
    const known = (this.known ??= this.list().then(
      (list) => new Set(list.map((p) => p.id)),
      () => {
        // No index (tests with a partial tree, or the data location not known yet): fall back to
        // fetching the file this time, and read the index again next time rather than keep the failure.
        this.known = null;
        return null;
      },
    ));
    return known;
  }

  async list(): Promise<PresetInfo[]> {
    const text = await this.load()('scenarios/index.json');
    const parsed = parseJson(text, 'scenarios/index.json');
    const list = Array.isArray(parsed) ? parsed : (parsed as { presets?: unknown })?.presets;
    if (!Array.isArray(list)) throw new Error('scenarios/index.json: expected an array of presets');
    return list.map((entry, j) => {
      const e = entry as Partial<PresetInfo>;
      if (typeof e.id !== 'string' || !PRESET_ID.test(e.id)) {
        throw new Error(`scenarios/index.json[${j}].id: ${JSON.stringify(e.id)} (expected a preset id of letters, digits, - and _)`);
      }
      const title = e.title && typeof e.title.en === 'string' && typeof e.title.zh === 'string' ? e.title : { en: e.id, zh: e.id };
      return { id: e.id, title, ...(e.description ? { description: e.description } : {}) };
    });
  }

  /**
   * Fetches the preset `id` and, recursively, the presets it extends; afterwards `get` answers for
   * all of them synchronously.
   */
  async prefetch(id: string, seen: Set<string> = new Set()): Promise<void> {
    if (seen.has(id)) return; // a cycle: resolveScenario reports it with the chain
    seen.add(id);
    if (!this.files.has(id)) {
      if (!PRESET_ID.test(id)) throw new Error(`invalid preset id: ${JSON.stringify(id)} (letters, digits, - and _ only)`);
      const known = await this.knownIds();
      if (known && !known.has(id)) throw new Error(`no such preset "${id}" (allowed: ${[...known].join(', ')})`);
      let text: string;
      try {
        text = await this.load()(`scenarios/${id}.json`);
      } catch (e) {
        throw new Error(`no such preset "${id}" (${e instanceof Error ? e.message : String(e)})`);
      }
      this.files.set(id, parseJson(text, `scenarios/${id}.json`));
    }
    const parent = (this.files.get(id) as { extends?: unknown } | null)?.extends;
    if (typeof parent === 'string') await this.prefetch(parent, seen);
  }

  /** Prefetches whatever a scenario file extends. */
  async prefetchFor(file: unknown): Promise<void> {
    const parent = (file as { extends?: unknown } | null)?.extends;
    if (typeof parent === 'string') await this.prefetch(parent);
  }

  /** `loadPreset` for resolveScenario (after prefetch). */
  get = (id: string): unknown => {
    if (!this.files.has(id)) throw new Error(`no such preset "${id}"`);
    return this.files.get(id);
  };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}
