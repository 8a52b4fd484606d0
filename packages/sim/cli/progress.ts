/**
 * Progress for long commands, on stderr: a cli-progress bar when stderr is a
 * terminal, otherwise a plain line at every tenth of the way (for logs and CI).
 */
import cliProgress from 'cli-progress';

/** Reports progress of one task. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar on a TTY. */
export function barProgress(label: string, total: number, stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} {bar} {percentage}% | {value}/{total} games | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

/**
 * Plain lines at 10 %, 20 %, … for a stream that is not a terminal, once the
 * task has run for `quietFor` ms, so that short runs print nothing.
 */
export function lineProgress(
  label: string,
  total: number,
  write: (line: string) => void,
  quietFor = 1000,
  now: () => number = () => performance.now(),
): Progress {
  const start = now();
  let shown = 0;
  return {
    update(done) {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > shown && tenth < 10 && now() - start >= quietFor) {
        shown = tenth;
        write(
          `${label} ${tenth * 10}% (${done.toLocaleString('en')}/${total.toLocaleString('en')} games)\n`,
        );
      }
    },
    stop() {},
  };
}
