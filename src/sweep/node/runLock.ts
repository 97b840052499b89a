/**
 * The lock a `sweep run` holds on the runs it works on, so that two calls on one plan folder (the
 * same command started twice, a requeued job while the old one still runs, the whole plan and one
 * of its shards) never do the same runs twice. Shards of one plan lock disjoint ranges and run side
 * by side, on one machine or many.
 *
 * The lock is a file in the plan folder, `.lock-runs-<first>-<last>`, holding the owner's pid, host
 * name and start time, created atomically (written aside, then hard-linked: the link fails if the
 * name exists, and a reader never sees half a lock). A call refuses to start while another live call
 * holds an overlapping range (two calls that lock at the same instant may both refuse; neither runs
 * anything twice). A lock is stale, and taken over, when its process is gone: on the same
 * host when the pid no longer runs; from another host, whose processes cannot be asked, when its
 * heartbeat (the file's modification time, renewed every HEARTBEAT_MS) is older than STALE_MS.
 * Taking over moves the stale file aside and checks what moved, so two calls that find the same
 * stale lock cannot both take it.
 */
import { linkSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SweepError } from '../sweepError.ts';

const PREFIX = '.lock-runs-';
/** How often a held lock's modification time is renewed, in ms. */
export const HEARTBEAT_MS = 30_000;
/** A lock from another host whose heartbeat is older than this is stale, in ms (10 heartbeats). */
export const STALE_MS = 300_000;

interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken */
  started: string;
  start: number;
  /** exclusive */
  end: number;
}

export interface RunLock {
  release(): void;
}

function lockName(start: number, end: number): string {
  return `${PREFIX}${start}-${end - 1}`;
}

function readLock(path: string): { info: LockInfo | null; ageMs: number } | null {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    try {
      const info = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
      const ok = Number.isInteger(info?.pid) && typeof info.host === 'string' && Number.isInteger(info.start) && Number.isInteger(info.end);
      return { info: ok ? info : null, ageMs };
    } catch {
      return { info: null, ageMs };
    }
  } catch {
    return null; // gone meanwhile
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a lock's owner is gone: its pid no longer runs here, or (another host) its heartbeat stopped. */
function isStale(info: LockInfo | null, ageMs: number): boolean {
  if (info === null) return ageMs > STALE_MS; // unreadable: only its age can tell
  if (info.host === hostname()) return info.pid !== process.pid && !processRuns(info.pid);
  return ageMs > STALE_MS;
}

function heldText(dir: string, info: LockInfo): string {
  return `runs ${info.start}–${info.end - 1} of ${dir} are being run by process ${info.pid} on ${info.host} (since ${info.started}): wait for it to finish, or stop it; a lock whose process has ended is taken over`;
}

function sameOwner(a: LockInfo | null, b: LockInfo | null): boolean {
  return a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.started === b.started;
}

/**
 * Removes a stale lock: moves it aside (atomic) and checks that what moved is the stale lock that
 * was read — if another call took the stale lock over in between, what moved is that call's fresh
 * lock: it is put back, and this call yields.
 */
function takeOver(path: string, stale: LockInfo | null, dir: string): void {
  const moved = `${path}.stale-${process.pid}.tmp`;
  try {
    renameSync(path, moved);
  } catch {
    return; // gone meanwhile: try to lock again
  }
  const check = readLock(moved)?.info ?? null;
  if (!(check === stale || sameOwner(check, stale))) {
    try {
      linkSync(moved, path);
    } catch {
      // a third call holds the name now: it is the holder
    } finally {
      rmSync(moved, { force: true });
    }
    throw new SweepError(check ? heldText(dir, check) : `${path} is held by another sweep run`);
  }
  rmSync(moved, { force: true });
}

/**
 * Locks runs [start, end) of the plan folder `dir` for this process; a SweepError when another live
 * `sweep run` holds an overlapping range. The lock renews its heartbeat until released.
 */
export function acquireRunLock(dir: string, range: { start: number; end: number }): RunLock {
  const own: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), start: range.start, end: range.end };
  const path = join(dir, lockName(range.start, range.end));
  const aside = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(aside, `${JSON.stringify(own)}\n`);
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(aside, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const held = readLock(path);
        if (attempt >= 3 || (held && !isStale(held.info, held.ageMs))) throw new SweepError(held?.info ? heldText(dir, held.info) : `${path} is held by another sweep run`);
        if (held) takeOver(path, held.info, dir);
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
  const release = () => {
    clearInterval(heartbeat);
    // only our own lock: one taken over meanwhile (a heartbeat missed for STALE_MS) is another call's
    if (sameOwner(readLock(path)?.info ?? null, own)) rmSync(path, { force: true });
  };
  // Another live lock on an overlapping range (read from its name): yield — two calls racing both
  // yield, which is safe and rare. A stale one is taken over (removed).
  try {
    for (const name of readdirSync(dir)) {
      const other = /^\.lock-runs-(\d+)-(\d+)$/.exec(name);
      if (!other || name === lockName(range.start, range.end)) continue;
      const [first, last] = [Number(other[1]), Number(other[2])];
      if (last < range.start || first >= range.end) continue;
      const held = readLock(join(dir, name));
      if (!held) continue;
      if (!isStale(held.info, held.ageMs)) throw new SweepError(held.info ? heldText(dir, held.info) : `${join(dir, name)} is held by another sweep run`);
      takeOver(join(dir, name), held.info, dir);
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // the folder went away: nothing to keep alive
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return { release };
}
