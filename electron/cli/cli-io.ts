import { readFile } from 'node:fs/promises';
import {
  SCREEN_HINTS,
  describeImportProblem,
  type ImportProblem,
} from '../../shared/contact-sheet/contact-rows';
import { decryptWithPassphrase, isEncryptedFile } from '../../shared/encryption/encrypted-file';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export type Command = (args: string[], io: Output) => Promise<number>;

export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export const OPTIONS_WITH_VALUES = [
  '--price-year',
  '--out',
  '--to',
  '--case',
  '--seed',
  '--passphrase-file',
  '--into',
  '--agency',
];
const FLAGS = ['--json', '--month-first', '--uprated', '--help', '-h'];

/** Every value of an option that may be given more than once, such as --agency. */
export function optionValues(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && i + 1 < args.length ? [args[i + 1]] : []));
}

export const wantsHelp = (args: string[]) =>
  args.includes('--help') || args.includes('-h') || args[0] === 'help';

/** The first argument that looks like an option this command line does not have, such as a mistyped `--csae`. */
export function unknownOption(args: string[]): string | undefined {
  return args.find(
    (a, i) =>
      a.startsWith('-') &&
      !OPTIONS_WITH_VALUES.includes(a) &&
      !FLAGS.includes(a) &&
      !(i > 0 && OPTIONS_WITH_VALUES.includes(args[i - 1])),
  );
}

export function positional(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !(i > 0 && OPTIONS_WITH_VALUES.includes(args[i - 1])));
}

/** The command line has no import screen: what to do is said in its own options. */
const COMMAND_LINE_HINTS: Record<keyof typeof SCREEN_HINTS, string> = {
  duplicateColumn: 'rename one of the two headers',
  monthFirst: 'give --month-first, or correct them',
  noCase: 'add a Case column, or give --case <pseudonym>',
};

export function describeForCommandLine(problem: ImportProblem): string {
  const hint = (Object.keys(SCREEN_HINTS) as Array<keyof typeof SCREEN_HINTS>).find((k) =>
    problem.reason.endsWith(`; ${SCREEN_HINTS[k]}`),
  );
  const reason =
    hint === undefined
      ? problem.reason
      : `${problem.reason.slice(0, -SCREEN_HINTS[hint].length)}${COMMAND_LINE_HINTS[hint]}`;
  return describeImportProblem({ ...problem, reason });
}

async function readRaw(file: string, io: Output): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return null;
  }
}

/** The passphrase is read from a file (its first line) so that it never shows in the shell's history or the process list. */
export async function readPassphrase(args: string[], io: Output): Promise<string | null> {
  const file = option(args, '--passphrase-file');
  if (file === undefined) return null;
  const bytes = await readRaw(file, io);
  const passphrase = bytes?.toString('utf8').split(/\r?\n/)[0] ?? '';
  if (bytes !== null && passphrase === '') io.err(`${file}: the passphrase file is empty\n`);
  return passphrase === '' ? null : passphrase;
}

/** A file's bytes, decrypted first if it is encrypted (which needs --passphrase-file). */
export async function readInput(file: string, io: Output, args: string[] = []): Promise<Buffer | null> {
  const bytes = await readRaw(file, io);
  if (bytes === null || !isEncryptedFile(bytes)) return bytes;
  if (option(args, '--passphrase-file') === undefined) {
    io.err(`${file}: the file is encrypted; give its passphrase with --passphrase-file <path>\n`);
    return null;
  }
  const passphrase = await readPassphrase(args, io);
  if (passphrase === null) return null;
  const opened = await decryptWithPassphrase(new Uint8Array(bytes), passphrase);
  if (!opened.ok) {
    io.err(`${file}: ${opened.error}\n`);
    return null;
  }
  return Buffer.from(opened.bytes);
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

export function usageError(io: Output, message: string): number {
  io.err(`${message}\n\n${usage()}`);
  return 2;
}

export function usage(): string {
  return [
    'Usage: npm run cli -- <command> [options]   (--help prints this)',
    '  cost <project.journey.json> [--price-year 2024/25] [--json]   journey totals at one price base',
    '  scenario <scenario.xlsx|scenario.csv> [--json]                savings scenario (Safe Space Appendix 2 method)',
    '  validate <file>                                               check a project file, store backup (.journey-backup.gz),',
    '                                                                contacts sheet or scenario sheet',
    '  import <contacts.xlsx|.csv> --out <project.journey.json> [--case <pseudonym>] [--month-first]',
    '                                                                contacts sheet to a project file; --case puts every',
    '                                                                row into that case (a Case column is then not read);',
    '                                                                --month-first reads dates as mm/dd/yyyy',
    '  export <project.journey.json> --to <out.xlsx|out.csv|out.xes|out.json|out.docx> [--price-year 2024/25] [--case <pseudonym>]',
    '                                                                costed workbook, CSV, XES event log, project file, or',
    '                                                                integrated chronology (.docx) of one case',
    '  merge <return> <return>... --out <project.journey.json> [--case <pseudonym>] [--agency <file>=<name>]... [--json]',
    "                                                                agencies' chronology returns (.docx, .xlsx, .csv) into",
    '                                                                one case; lists duplicate candidates and gaps',
    '  anonymise <project.journey.json> --out <anonymised.journey.json> [--seed N]',
    '                                                                anonymised copy, with a report of what was replaced',
    '  library import <gmca-workbook.xlsx> [--into <library.json>] --out <library.json> [--uprated] [--json]',
    '                                                                GMCA / New Economy Unit Cost Database into a unit-cost',
    '                                                                library, matched by cost code; --uprated takes the',
    "                                                                workbook's 2015/16 values, not each cost's own year",
    '  encrypt <file> --out <file> --passphrase-file <path>          encrypt a file (AES-256-GCM, key from the passphrase)',
    '  decrypt <file> --out <file> --passphrase-file <path>          decrypt a file encrypted by Journey Mapper',
    '  validate, cost, export and anonymise read an encrypted project file given --passphrase-file <path>',
    '',
  ].join('\n');
}
