// `npm run receiver [-- flags]`: the reference submission receiver (DESIGN.md "Submission API";
// docs/receiver.md). Prints `listening on http://HOST:PORT` on stdout once ready; logs go to
// stderr. Exit 2 on bad flags or unreadable region data; SIGTERM/SIGINT shut it down gracefully.
import type { AddressInfo } from 'node:net';
import { UsageError } from './receiver/args';
import { RECEIVER_USAGE, receiverConfig } from './receiver/config';
import { RegionError } from './receiver/region';
import { startReceiver } from './receiver/server';

const log = (line: string) => process.stderr.write(`receiver: ${line}\n`);

async function main(): Promise<void> {
  const config = receiverConfig(process.argv.slice(2));
  const receiver = await startReceiver(config, log);
  const { port } = receiver.server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  process.stdout.write(`listening on http://${host}:${port}\n`);
  log(`region ${config.regionId} (${config.dataDir}); ${receiver.store.size} submission(s) in ${config.dir}; POST ${config.basePath}/submissions`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in progress`);
    // Writes in progress finish first; a client that never finishes is cut off after 10 s.
    setTimeout(() => {
      log('forced exit after 10 s');
      process.exit(1);
    }, 10_000).unref();
    receiver.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    log(`${e.message}; ${RECEIVER_USAGE}`);
  } else if (e instanceof RegionError) {
    log(e.message);
  } else {
    const err = e as NodeJS.ErrnoException;
    log(err.code === 'EADDRINUSE' ? `port already in use (${err.message})` : (err.message ?? String(e)));
  }
  process.exit(2);
});
