/**
 * A progress bar for long work on a terminal: how much is done, the rate and
 * the time left, redrawn in place at most a few times a second. Only ever
 * shown on a terminal (the caller decides), never in a pipe or a file.
 */
import { count } from '../words/index.js';

const WIDTH = 30;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function progressBar(total: number, write: (text: string) => void, now: () => number = () => performance.now()) {
  const started = now();
  let drawn = -Infinity;
  const draw = (done: number) => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    // \r returns to the line's start, \x1b[K clears what a longer line left behind.
    write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count(done)}/${count(total)} runs · ${count(Math.round(rate))} a second · ${duration(left)} left\x1b[K`);
  };
  return {
    update: (done: number) => {
      if (now() - drawn < 200 && done < total) return;
      drawn = now();
      draw(done);
    },
    done: () => write('\r\x1b[K'),
  };
}
