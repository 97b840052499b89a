import { saveBlob } from '../export/download.ts';

/** How the Sweep panel saves an export (a property of the panel, so tests can capture the files). */
export type SaveFile = (name: string, data: string | Uint8Array, type: string) => void;

/** Saves through the app's download helper (src/ui/export/download.ts). */
export const saveFile: SaveFile = (name, data, type) => saveBlob(new Blob([data as BlobPart], { type }), name);
