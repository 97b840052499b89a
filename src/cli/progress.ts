/**
 * Progress of a long run on stderr: a single percent line rewritten in place, shown only when stderr
 * is a terminal (or with --progress) and only once the run has taken more than a second, so quick
 * runs and pipelines stay silent and stdout stays clean for data.
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

  return {
    update(done) {
      if (!enabled || now() - start < delay) return;
      // TTY: every percent, rewritten in place; pipe or file: one line per 10 %.
      const step = tty ? 1 : 10;
      const percent = step * Math.floor((100 * done) / Math.max(1, options.total) / step);
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      stream.write(tty ? `\r${options.label} ${percent}%` : `${options.label} ${percent}%\n`);
    },
    finish() {
      if (shown && tty) stream.write(`\r${' '.repeat(options.label.length + 6)}\r`);
    },
  };
}
