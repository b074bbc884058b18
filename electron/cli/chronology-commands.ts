import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chronologyDocx } from '../../shared/chronology/chronology-docx';
import { integratedChronology } from '../../shared/chronology/integrated-chronology';
import { mergeReturns, type ReturnFile } from '../../shared/chronology/merge-returns';
import { describeReturnProblem } from '../../shared/chronology/return-problems';
import { serialiseProjectFile, type ProjectFile } from '../../shared/project/project-file';
import { datePart, nowTimestamp } from '../../shared/model';
import {
  OPTIONS_WITH_VALUES,
  option,
  optionValues,
  plural,
  readInput,
  usageError,
  type Command,
  type Output,
} from './cli-io';

/** Every argument that is not an option or an option's value: the returns to merge. */
const positionals = (args: string[]) =>
  args.filter((a, i) => !a.startsWith('--') && !(i > 0 && OPTIONS_WITH_VALUES.includes(args[i - 1])));

/**
 * `merge <return>... --out <file.journey.json>`: agencies' chronology returns into one case, each
 * read with the mapping the app would suggest (printed), with duplicate candidates and gaps listed
 * and nothing merged. Any return that does not read cleanly stops the whole merge.
 */
export const merge: Command = async (args, io) => {
  const files = positionals(args);
  const out = option(args, '--out');
  if (files.length === 0 || out === undefined)
    return usageError(io, 'merge needs one or more returns and --out <project.journey.json>');
  const named = new Map<string, string>();
  for (const value of optionValues(args, '--agency')) {
    const at = value.lastIndexOf('=');
    if (at <= 0 || at === value.length - 1)
      return usageError(io, `--agency ${value}: write it as <file>=<agency name>`);
    named.set(path.resolve(value.slice(0, at)), value.slice(at + 1).trim());
  }
  const caseName = option(args, '--case') ?? path.basename(out).replace(/\.journey\.json$/i, '');
  const now = nowTimestamp();
  const returns: ReturnFile[] = [];
  for (const file of files) {
    const bytes = await readInput(file, io);
    if (bytes === null) return 1;
    returns.push({
      fileName: path.basename(file),
      bytes: new Uint8Array(bytes),
      agency: named.get(path.resolve(file)) ?? null,
      receivedOn: datePart(now),
    });
  }
  const merged = mergeReturns(returns, { caseName, now });
  if (!merged.ok) {
    io.err(merged.problems.map((p) => `${describeReturnProblem(p)}\n`).join(''));
    return 1;
  }
  await writeFile(out, serialiseProjectFile(merged.project));
  const json = args.includes('--json');
  // With --json, standard output is the JSON alone; how each return was read goes to standard error.
  const say = (text: string) => (json ? io.err(text) : io.out(text));
  for (const line of merged.readAs) say(`${line}\n`);
  if (json) {
    io.out(`${JSON.stringify(merged.summary, null, 2)}\n`);
    return 0;
  }
  printSummary(io, out, merged.summary);
  return 0;
};

function printSummary(
  io: Output,
  out: string,
  summary: Extract<ReturnType<typeof mergeReturns>, { ok: true }>['summary'],
): void {
  io.out(
    `Wrote ${out}: ${plural(summary.contacts, 'contact')} from ${plural(summary.returns.length, 'return')} (${summary.returns.map((r) => `${r.agency}, ${plural(r.rows, 'row')}`).join('; ')})\n`,
  );
  io.out(
    `${plural(summary.duplicates.length, 'duplicate candidate')} (none merged; decide on each in the app):\n`,
  );
  for (const d of summary.duplicates)
    io.out(
      `  ${d.a.file} row ${d.a.row} and ${d.b.file} row ${d.b.row}: score ${d.score.toFixed(2)}, ${d.reason}\n`,
    );
  io.out(`${plural(summary.gaps.length, 'gap')} of more than 90 days with no agency contact:\n`);
  for (const g of summary.gaps) io.out(`  ${g.from} to ${g.to}: ${g.days} days\n`);
}

/** The integrated chronology of one case of a project, as a Word document. */
export async function writeChronologyDocx(
  project: ProjectFile,
  to: string,
  caseName: string | undefined,
  io: Output,
): Promise<number> {
  const chosen =
    caseName === undefined ? project.cases : project.cases.filter((c) => c.pseudonym === caseName);
  if (chosen.length !== 1) {
    return usageError(
      io,
      caseName === undefined
        ? `the project holds ${plural(project.cases.length, 'case')}; name one with --case <pseudonym>`
        : `--case "${caseName}": no such case in the project`,
    );
  }
  const chronology = integratedChronology(project, chosen[0]);
  await writeFile(to, await chronologyDocx(chronology, datePart(nowTimestamp())));
  io.out(
    `Wrote ${to}: the integrated chronology of ${chosen[0].pseudonym} (${plural(chronology.rows.filter((r) => r.kind === 'contact').length, 'contact')}, ${plural(chronology.rows.filter((r) => r.kind === 'gap').length, 'gap')})\n`,
  );
  return 0;
}
