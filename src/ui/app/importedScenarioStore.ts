/**
 * The imported scenario kept in this tab's sessionStorage, so that a reload reopens it instead of
 * the default preset. A link cannot carry a scenario file (it may be hundreds of KB); the lever,
 * assumption, seed and tick changes made on top of it are in the URL, which a reload keeps.
 * sessionStorage is per tab and ends with it, so another tab or a shared link never sees the file.
 * Every access is guarded: storage can be disabled (privacy settings) or full (quota; a 1 MB file
 * takes 2 MB as UTF-16), and then the caller warns the user instead.
 */
export interface ImportedScenario {
  /** the file's name, as the picker shows it */
  name: string;
  /** the file's text, as imported */
  text: string;
}

const KEY = 'idlab.importedScenario';

/** Keeps the scenario for a reload of this tab; false when the browser refused to store it. */
export function saveImportedScenario(scenario: ImportedScenario): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(scenario));
    return true;
  } catch {
    clearImportedScenario(); // never leave an older file to be restored in place of this one
    return false;
  }
}

/** The scenario kept by this tab, or null (none, unreadable, or storage unavailable). */
export function loadImportedScenario(): ImportedScenario | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as Partial<ImportedScenario> | null;
    return typeof value?.name === 'string' && typeof value.text === 'string' ? { name: value.name, text: value.text } : null;
  } catch {
    return null;
  }
}

/** Forgets the kept scenario (the user chose a preset, or the kept file no longer imports). */
export function clearImportedScenario(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable: nothing is kept
  }
}
