/**
 * Which runs a process takes: `--shard i/n` (1-based, as people count), `--index k`
 * (0-based, as job engines count) with the shard count from `--shards n` or the plan, or — when
 * neither flag is given — the engine's own index: SLURM_ARRAY_TASK_ID (Slurm job arrays) or
 * JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs). Shard k of n takes the contiguous runs
 * ⌊k·R/n⌋ … ⌊(k+1)·R/n⌋ − 1, so the shards partition the runs whatever R and n are.
 */

export interface Shard {
  /** 0-based */
  index: number;
  count: number;
  /** where the shard came from, for the progress line ("--shard 2/4", "SLURM_ARRAY_TASK_ID=1") */
  source: string;
}

export interface ShardRequest {
  /** the text of --shard ("2/4") */
  shard?: string | null;
  /** --index k */
  index?: number | null;
  /** --shards n */
  shards?: number | null;
  /** the plan's shard count (idlab sweep plan --shards) */
  planShards: number;
  env: Readonly<Record<string, string | undefined>>;
}

export const SHARD_ENV = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX'] as const;

/** The shard a request names; throws an Error whose message is one line per problem. */
export function selectShard(request: ShardRequest): Shard {
  const count = request.shards ?? request.planShards;
  if (request.shard != null) {
    if (request.index != null) throw new Error('give --shard i/n or --index k, not both');
    if (request.shards != null) throw new Error('--shard i/n names its shard count; --shards goes with --index k');
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(request.shard);
    const i = m ? Number(m[1]) : NaN;
    const n = m ? Number(m[2]) : NaN;
    if (!m || !(n >= 1) || !(i >= 1 && i <= n)) {
      throw new Error(`invalid --shard: '${request.shard}' (expected i/n with 1 ≤ i ≤ n, e.g. 1/4; shards count from 1)`);
    }
    return { index: i - 1, count: n, source: `--shard ${i}/${n}` };
  }
  if (request.index != null) return checked(request.index, count, `--index ${request.index}`, request);
  for (const name of SHARD_ENV) {
    const raw = request.env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d+$/.test(raw.trim())) throw new Error(`invalid ${name}: '${raw}' (expected a 0-based integer index)`);
    return checked(Number(raw), count, `${name}=${raw.trim()}`, request);
  }
  return { index: 0, count: 1, source: 'all runs' };
}

function checked(index: number, count: number, source: string, request: ShardRequest): Shard {
  if (!(Number.isInteger(index) && index >= 0 && index < count)) {
    const where = request.shards != null ? `--shards ${count}` : `the plan has ${count} shard${count === 1 ? '' : 's'}`;
    throw new Error(`invalid ${source.replace('=', ': ')} (allowed 0–${count - 1}: ${where}; plan with --shards N, or pass --shards N)`);
  }
  return { index, count, source };
}

/** The runs [start, end) of shard `index` of `count` over `runs` runs. */
export function shardRange(runs: number, shard: Pick<Shard, 'index' | 'count'>): { start: number; end: number } {
  return { start: Math.floor((shard.index * runs) / shard.count), end: Math.floor(((shard.index + 1) * runs) / shard.count) };
}
