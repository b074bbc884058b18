import { unknownOption, usage, usageError, wantsHelp } from './cli-io';
import { COMMANDS } from './commands';

/**
 * `npm run cli -- <command> ...`: the costing engine and file formats from a terminal, for
 * analysts scripting reports and for checking files before they reach the app.
 * Exit codes: 0 done (or help asked for), 1 the input was refused (with located errors on stderr), 2 wrong usage.
 */
async function main(argv: string[]): Promise<number> {
  const io = {
    out: (text: string) => process.stdout.write(text),
    err: (text: string) => process.stderr.write(text),
  };
  if (wantsHelp(argv)) {
    io.out(usage());
    return 0;
  }
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined)
    return usageError(io, name === undefined ? 'give a command' : `"${name}" is not a command`);
  const unknown = unknownOption(rest);
  if (unknown !== undefined) return usageError(io, `${unknown} is not an option`);
  return command(rest, io);
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
