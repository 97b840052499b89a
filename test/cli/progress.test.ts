import { describe, expect, it } from 'vitest';
import { createProgress, durationText } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress on stderr', () => {
  it('stays silent for the first second, then rewrites one percent line in place on a terminal', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const p = createProgress({ label: 'idlab run', total: 200, stream, now: () => now });
    p.update(50);
    expect(writes).toEqual([]);
    now = 1500;
    p.update(100);
    p.update(101); // same percent: no rewrite
    p.update(200);
    p.finish();
    // 1.5 s for half the ticks: about 1.5 s for the other half
    const half = 'idlab run 50% · about 2 s left';
    expect(writes.slice(0, 2)).toEqual([`\r${half}`, `\r${'idlab run 100%'.padEnd(half.length)}`]);
    expect(writes[2]).toBe(`\r${' '.repeat(half.length)}\r`); // the widest line is cleared at the end
  });

  it('prints nothing when stderr is not a terminal, unless forced (then one line per 10 %)', () => {
    let now = 2000;
    const silent = fakeStream(false);
    const p = createProgress({ label: 'x', total: 100, stream: silent.stream, now: () => now });
    for (let i = 0; i <= 100; i++) p.update(i);
    expect(silent.writes).toEqual([]);

    const forced = fakeStream(false);
    now = 0;
    const q = createProgress({ label: 'x', total: 100, stream: forced.stream, force: true, now: () => now });
    now = 2000;
    for (let i = 0; i <= 100; i++) q.update(i);
    q.finish();
    expect(forced.writes.map((w) => w.replace(/ · about .* left/, ''))).toEqual(['x 0%\n', 'x 10%\n', 'x 20%\n', 'x 30%\n', 'x 40%\n', 'x 50%\n', 'x 60%\n', 'x 70%\n', 'x 80%\n', 'x 90%\n', 'x 100%\n']);
  });

  it('says how long the rest will take at the pace so far', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const p = createProgress({ label: 'idlab sweep run 1/1', total: 1000, stream, force: true, now: () => now });
    now = 30_000;
    p.update(100); // 10 % in 30 s: 270 s to go
    now = 150_000;
    p.update(500); // 50 % in 150 s: 150 s to go
    now = 299_000;
    p.update(1000);
    expect(writes).toEqual(['idlab sweep run 1/1 10% · about 4 min 30 s left\n', 'idlab sweep run 1/1 50% · about 2 min 30 s left\n', 'idlab sweep run 1/1 100%\n']);
  });

  it('writes durations in seconds, minutes and hours', () => {
    expect([0, 800, 59_000, 60_000, 61_500, 3_600_000, 7_830_000].map(durationText)).toEqual(['1 s', '1 s', '59 s', '1 min', '1 min 2 s', '1 h', '2 h 11 min']);
  });
});
