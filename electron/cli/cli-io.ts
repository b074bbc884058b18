import { readFile } from 'node:fs/promises';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export type Command = (args: string[], io: Output) => Promise<number>;

export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const OPTIONS_WITH_VALUES = ['--price-year', '--out', '--to', '--case', '--seed'];

export function positional(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !(i > 0 && OPTIONS_WITH_VALUES.includes(args[i - 1])));
}

export async function readInput(file: string, io: Output): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return null;
  }
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function usageError(io: Output, message: string): number {
  io.err(`${message}\n\n${usage()}`);
  return 2;
}

export function usage(): string {
  return [
    'Usage: npm run cli -- <command>',
    '  cost <project.journey.json> [--price-year 2024/25] [--json]   journey totals at one price base',
    '  scenario <scenario.xlsx|scenario.csv> [--json]                savings scenario (Safe Space Appendix 2 method)',
    '  validate <file>                                               check a project file, store backup (.journey-backup.gz),',
    '                                                                contacts sheet or scenario sheet',
    '  import <contacts.xlsx|.csv> --out <project.journey.json> [--case <pseudonym>]',
    '                                                                contacts sheet to a project file',
    '  export <project.journey.json> --to <out.xlsx|out.csv|out.xes|out.json> [--price-year 2024/25]',
    '                                                                costed workbook, CSV, XES event log or project file',
    '  anonymise <project.journey.json> --out <anonymised.journey.json> [--seed N]',
    '                                                                anonymised copy, with a report of what was replaced',
    '',
  ].join('\n');
}
