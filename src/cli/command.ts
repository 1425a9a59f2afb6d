import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<O extends Options> {
  /** How it is called, e.g. `npm run key:create -- --department <code> --name <application> [--days 365]`. */
  usage: string;
  /** What it does, in a sentence or two. */
  summary: string;
  options: O;
  /** One line per option, by name. */
  help: { [K in keyof O]: string };
  /** Takes positional arguments (after the options). */
  positionals?: boolean;
}

export class UsageError extends Error {}

/**
 * Every CLI's argument handling: `--help` (or `-h`) prints the usage and exits 0; an unknown option or a
 * UsageError prints what is wrong and the usage and exits 2; any other failure prints its message and exits 1.
 */
export function runCommand<O extends Options>(
  spec: CommandSpec<O>,
  main: (values: ReturnType<typeof parseArgs<{ options: O }>>['values'], positionals: string[]) => Promise<void>,
): void {
  const usage = () =>
    [
      `usage: ${spec.usage}`,
      '',
      spec.summary,
      '',
      ...Object.entries(spec.help).map(([name, text]) => `  --${name.padEnd(14)} ${text as string}`),
      `  --${'help'.padEnd(14)} this text`,
      '',
    ].join('\n');
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: spec.positionals ?? false });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usage()}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    process.stdout.write(usage());
    return;
  }
  main(parsed.values as never, parsed.positionals).catch((err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${usage()}`);
      process.exit(2);
    }
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
