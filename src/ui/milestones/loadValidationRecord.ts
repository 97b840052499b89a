import { VALIDATION_RECORD_PATH, type ValidationRecord } from '../../service/milestones/ValidationRecord.ts';

/** One request per site root: the record is the same for every preset and every run. */
const requests = new Map<string, Promise<ValidationRecord | null>>();

/**
 * The validation's China record (written by `npm run validation`) from the app's public root
 * `baseUrl` — the page's directory, so it works under a sub-path and offline (the service worker
 * precaches it). Null when it cannot be read: the panel is then left out, the app goes on.
 */
export function loadValidationRecord(baseUrl: string): Promise<ValidationRecord | null> {
  let request = requests.get(baseUrl);
  if (!request) {
    request = fetch(new URL(VALIDATION_RECORD_PATH, baseUrl))
      .then((res) => (res.ok ? (res.json() as Promise<ValidationRecord>) : null))
      .catch(() => null);
    requests.set(baseUrl, request);
  }
  return request;
}
