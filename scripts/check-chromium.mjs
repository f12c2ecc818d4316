// Before the browser tests: say in one line how to get Chromium, instead of a stack trace.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}: install Debian's package with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH); browser tests never skip.`,
  );
  process.exit(1);
}
