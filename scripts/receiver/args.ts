// A tiny flag parser shared by the receiver and the moderation CLI: `--flag value`,
// `--flag=value` and boolean `--flag`; anything unknown is a usage error (exit 2), never ignored.

export class UsageError extends Error {}

export interface ParsedArgs {
  values: Map<string, string>;
  booleans: Set<string>;
  positional: string[];
}

export function parseArgs(argv: readonly string[], valueFlags: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), booleans: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (booleanFlags.includes(flag)) {
      if (eq >= 0) throw new UsageError(`${flag} takes no value`);
      out.booleans.add(flag);
    } else if (valueFlags.includes(flag)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      out.values.set(flag, value);
    } else {
      throw new UsageError(`unknown option ${flag}`);
    }
  }
  return out;
}

/** A non-negative integer, e.g. for --port or --rate. */
export function parseCount(name: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) > max) throw new UsageError(`${name} must be a whole number from 0 to ${max}, not "${text}"`);
  return Number(text);
}

/** Bytes: "52428800", "64k", "50MiB", "2mb" (binary units). */
export function parseBytes(name: string, text: string): number {
  const m = /^(\d+)\s*(k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${name} must be a size such as 52428800, 64k or 50MiB, not "${text}"`);
  const unit = (m[2] ?? '').toLowerCase();
  const bytes = Number(m[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
  if (bytes < 1) throw new UsageError(`${name} must be at least 1 byte`);
  return bytes;
}
