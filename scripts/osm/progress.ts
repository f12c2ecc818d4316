// A plain text progress bar per stage, on stderr so stdout stays for the summary:
//   fetch     [########------------]  3/7 rail
// On a terminal it redraws one line; elsewhere (CI, logs) it prints the stage once it is done.
export interface Progress {
  update(done: number, note?: string): void;
  done(note?: string): void;
}

const WIDTH = 24;

export function progress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  let lastDrawn = -1;
  const started = performance.now();
  const line = (done: number, note = '') => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * WIDTH);
    const count = `${String(done).padStart(String(total).length)}/${total}`;
    return `${label.padEnd(10)}[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}${note ? ` ${note}` : ''}`;
  };
  return {
    update(done, note) {
      if (!tty) return;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (pct === lastDrawn && !note) return;
      lastDrawn = pct;
      stream.write(`\r${line(done, note)}\x1b[K`);
    },
    done(note) {
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      stream.write(`${tty ? '\r' : ''}${line(total, `${note ? `${note}, ` : ''}${secs} s`)}${tty ? '\x1b[K' : ''}\n`);
    },
  };
}
