// Writing a file so that readers see the old content or the new one, never a part: write a temp
// file on the same filesystem, fsync it, rename it over the target, fsync the directory (so the
// rename itself survives a power cut). A kill at any point leaves at most a stray temp file.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Directory for the temp file; must be on the target's filesystem. Default: the target's directory. */
  tmpDir?: string;
  /** Tests only: a pause after the temp file is durable and before the rename. */
  pauseBeforeRenameMs?: number;
}

/** fsync of a directory; some platforms (Windows) refuse to open one, and that is harmless there. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
  } finally {
    await handle?.close();
  }
}

/** `content`: a string, or byte chunks written in order (no joined copy of a large file). */
export async function writeFileAtomic(target: string, content: string | readonly Uint8Array[], options: AtomicWriteOptions = {}): Promise<void> {
  const tmpDir = options.tmpDir ?? dirname(target);
  const prefix = options.tmpDir ? '' : '.';
  const tmp = join(tmpDir, `${prefix}${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      if (typeof content === 'string') await handle.writeFile(content, 'utf8');
      else await handle.writev([...content]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.pauseBeforeRenameMs) await new Promise((resolve) => setTimeout(resolve, options.pauseBeforeRenameMs));
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(dirname(target));
}
