import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.ts';

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
    expect(writes.slice(0, 2)).toEqual(['\ridlab run 50%', '\ridlab run 100%']);
    expect(writes[2]).toMatch(/^\r +\r$/); // the line is cleared at the end
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
    expect(forced.writes).toEqual(['x 0%\n', 'x 10%\n', 'x 20%\n', 'x 30%\n', 'x 40%\n', 'x 50%\n', 'x 60%\n', 'x 70%\n', 'x 80%\n', 'x 90%\n', 'x 100%\n']);
  });
});
