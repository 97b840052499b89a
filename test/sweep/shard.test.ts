import { describe, expect, it } from 'vitest';
import { selectShard, shardRange } from '../../src/sweep/shard.ts';
import { rangesText } from '../../src/sweep/sweepError.ts';

const none = { planShards: 4, env: {} };

describe('shards', () => {
  it('--shard i/n is 1-based; --index k and the engines\' variables are 0-based', () => {
    expect(selectShard({ ...none, shard: '2/4' })).toMatchObject({ index: 1, count: 4 });
    expect(selectShard({ ...none, index: 1 })).toMatchObject({ index: 1, count: 4 });
    expect(selectShard({ ...none, index: 1, shards: 8 })).toMatchObject({ index: 1, count: 8 });
    expect(selectShard({ planShards: 4, env: { SLURM_ARRAY_TASK_ID: '3' } })).toMatchObject({ index: 3, count: 4, source: 'SLURM_ARRAY_TASK_ID=3' });
    expect(selectShard({ planShards: 4, env: { JOB_COMPLETION_INDEX: '0' } })).toMatchObject({ index: 0, count: 4, source: 'JOB_COMPLETION_INDEX=0' });
    expect(selectShard({ ...none, shard: '1/2', env: { SLURM_ARRAY_TASK_ID: '3' } })).toMatchObject({ index: 0, count: 2 });
    expect(selectShard(none)).toMatchObject({ index: 0, count: 1, source: 'all runs' });
  });

  it('rejects shards out of range with the allowed range', () => {
    expect(() => selectShard({ ...none, shard: '0/4' })).toThrow("invalid --shard: '0/4' (expected i/n with 1 ≤ i ≤ n, e.g. 1/4; shards count from 1)");
    expect(() => selectShard({ ...none, shard: '5/4' })).toThrow(/1 ≤ i ≤ n/);
    expect(() => selectShard({ ...none, index: 4 })).toThrow('invalid --index 4 (allowed 0–3: the plan has 4 shards; plan with --shards N, or pass --shards N)');
    expect(() => selectShard({ planShards: 1, env: { SLURM_ARRAY_TASK_ID: '7' } })).toThrow('invalid SLURM_ARRAY_TASK_ID: 7 (allowed 0–0: the plan has 1 shard; plan with --shards N, or pass --shards N)');
    expect(() => selectShard({ planShards: 1, env: { JOB_COMPLETION_INDEX: 'x' } })).toThrow("invalid JOB_COMPLETION_INDEX: 'x' (expected a 0-based integer index)");
    expect(() => selectShard({ ...none, shard: '1/2', index: 0 })).toThrow('give --shard i/n or --index k, not both');
  });

  it('the shards of any split partition the runs', () => {
    for (const runs of [1, 7, 100, 1001]) {
      for (const n of [1, 2, 3, 7, 16]) {
        if (n > runs) continue;
        let next = 0;
        for (let k = 0; k < n; k++) {
          const { start, end } = shardRange(runs, { index: k, count: n });
          expect(start).toBe(next);
          expect(end - start).toBeGreaterThanOrEqual(Math.floor(runs / n));
          next = end;
        }
        expect(next).toBe(runs);
      }
    }
  });

  it('names runs as ranges', () => {
    expect(rangesText([0, 1, 2, 5, 7, 8])).toBe('0–2, 5, 7–8');
  });
});
