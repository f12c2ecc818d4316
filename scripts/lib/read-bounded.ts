// Reading a file the user names, whatever it is: a regular file, /dev/zero, a named pipe. The
// size limit applies while reading (stat says 0 for devices and pipes), and a read that brings
// nothing for `stallMs` stops with a reason instead of hanging for ever.
import { closeSync, constants, createReadStream, openSync, readSync, statSync } from 'node:fs';

export type BoundedRead = { bytes: Uint8Array } | { tooLarge: number } | { stalled: number };

export function readBounded(path: string, maxBytes: number, stallMs: number): Promise<BoundedRead> {
  return statSync(path).isFIFO() ? readFifo(path, maxBytes, stallMs) : readStream(path, maxBytes, stallMs);
}

/**
 * A named pipe, opened without blocking and polled: a blocking open with no writer would sit in
 * libuv's thread pool for ever, and even process.exit() waits for that thread. Until a writer has
 * sent something, end-of-file only means "no writer yet".
 */
function readFifo(path: string, maxBytes: number, stallMs: number): Promise<BoundedRead> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const chunks: Buffer[] = [];
  let total = 0;
  let lastData = Date.now();
  return new Promise((resolve, reject) => {
    const done = (outcome: BoundedRead) => {
      closeSync(fd);
      resolve(outcome);
    };
    const poll = () => {
      for (;;) {
        const buf = Buffer.allocUnsafe(1 << 16);
        let n: number;
        try {
          n = readSync(fd, buf, 0, buf.length, null);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') {
            closeSync(fd);
            return reject(e);
          }
          break; // a writer, no data yet
        }
        if (n === 0) {
          if (total > 0) return done({ bytes: new Uint8Array(Buffer.concat(chunks)) });
          break; // no writer yet
        }
        total += n;
        if (total > maxBytes) return done({ tooLarge: total });
        chunks.push(buf.subarray(0, n));
        lastData = Date.now();
      }
      if (Date.now() - lastData >= stallMs) return done({ stalled: stallMs });
      setTimeout(poll, 20);
    };
    poll();
  });
}

function readStream(path: string, maxBytes: number, stallMs: number): Promise<BoundedRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    let timer: NodeJS.Timeout;
    const finish = (outcome: BoundedRead) => {
      clearTimeout(timer);
      stream.destroy();
      resolve(outcome);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ stalled: stallMs }), stallMs);
    };
    arm();
    stream.on('data', (data: string | Buffer) => {
      const chunk = typeof data === 'string' ? Buffer.from(data) : data;
      total += chunk.length;
      if (total > maxBytes) return finish({ tooLarge: total });
      chunks.push(chunk);
      arm();
    });
    stream.on('end', () => finish({ bytes: new Uint8Array(Buffer.concat(chunks)) }));
    stream.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
