import { usage } from './cli-io';
import { COMMANDS } from './commands';

/**
 * `npm run cli -- <command> ...`: the costing engine and file formats from a terminal, for
 * analysts scripting reports and for checking files before they reach the app.
 * Exit codes: 0 done, 1 the input was refused (with located errors on stderr), 2 wrong usage.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  return command(rest, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`journey-mapper: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
