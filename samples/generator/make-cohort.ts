import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cohortFilePieces } from './project-file-stream';
import { planCohort, type CohortOptions } from './synthetic-cohort';

/**
 * Writes a synthetic cohort as a project file (.journey.json) that the app imports like any other.
 *
 *   npx tsx samples/generator/make-cohort.ts --seed 30 --cases 30 --out samples/projects/cohort-30.journey.json
 *   npx tsx samples/generator/make-cohort.ts --seed 7 --contacts 1000000 --out /tmp/cohort-1m.journey.json
 *
 * --min/--max set the contacts per case (default 60 to 300); --contacts sets the total instead,
 * over --cases cases (default: one per 200 contacts). --start-year and --years set the window.
 */
const USAGE =
  'usage: make-cohort --seed N --out FILE [--cases N] [--min N --max N | --contacts N] [--start-year YYYY] [--years N]';

function whole(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) throw new Error(`--${name} must be a whole number, not "${text}"`);
  return Number(text);
}

function optionsFrom(argv: string[]): { options: CohortOptions; out: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      cases: { type: 'string' },
      min: { type: 'string' },
      max: { type: 'string' },
      contacts: { type: 'string' },
      'start-year': { type: 'string' },
      years: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const seed = whole(values.seed, 'seed');
  if (seed === undefined || values.out === undefined) throw new Error(USAGE);
  const totalContacts = whole(values.contacts, 'contacts');
  const window = {
    seed,
    startYear: whole(values['start-year'], 'start-year'),
    years: whole(values.years, 'years'),
  };
  if (totalContacts !== undefined) {
    if (values.min !== undefined || values.max !== undefined)
      throw new Error('--contacts sets the total; leave out --min and --max');
    const cases = whole(values.cases, 'cases') ?? Math.max(1, Math.round(totalContacts / 200));
    return { options: { ...window, cases, totalContacts }, out: values.out };
  }
  const contactsPerCase = [whole(values.min, 'min') ?? 60, whole(values.max, 'max') ?? 300] as const;
  return {
    options: { ...window, cases: whole(values.cases, 'cases') ?? 30, contactsPerCase },
    out: values.out,
  };
}

function main(): void {
  const { options, out } = optionsFrom(process.argv.slice(2));
  const started = performance.now();
  const file = openSync(out, 'w');
  let bytes = 0;
  try {
    for (const piece of cohortFilePieces(options)) {
      const buffer = Buffer.from(piece);
      // writeSync may write less than asked; carry on from where it stopped.
      for (let done = 0; done < buffer.length;) done += writeSync(file, buffer, done);
      bytes += buffer.length;
    }
  } finally {
    closeSync(file);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const contacts = planCohort(options).reduce((sum, plan) => sum + plan.contacts, 0);
  console.log(
    `Wrote ${out}: ${options.cases} cases, ${contacts} contacts, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
  );
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
