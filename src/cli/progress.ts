/**
 * Progress of a long run on stderr: a single percent line with the time left, rewritten in place,
 * shown only when stderr is a terminal (or with --progress) and only once the run has taken more
 * than a second, so quick runs and pipelines stay silent and stdout stays clean for data. The time
 * left assumes the rest goes at the average pace so far.
 */
export interface Progress {
  /** done ∈ [0, total] */
  update(done: number): void;
  /** clears the line (TTY) or ends it (non-TTY) */
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  /** force progress even when stderr is not a TTY */
  force?: boolean;
  stream?: NodeJS.WriteStream;
  /** ms before the first line (default 1000) */
  delayMs?: number;
  now?: () => number;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const enabled = tty || options.force === true;
  const now = options.now ?? (() => performance.now());
  const start = now();
  const delay = options.delayMs ?? 1000;
  let lastPercent = -1;
  let shown = false;
  /** widest line written on the terminal, in characters: a shorter line is padded to cover it */
  let width = 0;

  return {
    update(done) {
      const elapsed = now() - start;
      if (!enabled || elapsed < delay) return;
      // TTY: every percent, rewritten in place; pipe or file: one line per 10 %.
      const step = tty ? 1 : 10;
      const percent = step * Math.floor((100 * done) / Math.max(1, options.total) / step);
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      const left = done > 0 && done < options.total ? ` · about ${durationText((elapsed * (options.total - done)) / done)} left` : '';
      const text = `${options.label} ${percent}%${left}`;
      width = Math.max(width, text.length);
      stream.write(tty ? `\r${text.padEnd(width)}` : `${text}\n`);
    },
    finish() {
      if (shown && tty) stream.write(`\r${' '.repeat(width)}\r`);
    },
  };
}

/** "8 s", "3 min 5 s", "2 h 10 min" for a duration in ms (rounded up to the second). */
export function durationText(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const minutes = Math.round((s % 3600) / 60);
  return `${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}
