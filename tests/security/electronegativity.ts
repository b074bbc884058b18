import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Runs @doyensec/electronegativity over the main process, preload and renderer, and fails on any
 * finding not justified in electronegativity-justified.json (or a justification no longer needed).
 * The report is read as SARIF (chosen by the .sarif name): the tool's csv writer writes its header and its rows with two
 * unordered writes, and when the rows land first the header overwrites the first finding.
 * Run: npm run test:security
 */
const Justification = z.array(z.object({ issue: z.string(), file: z.string(), why: z.string().min(20) }));
const justified = Justification.parse(
  JSON.parse(readFileSync('tests/security/electronegativity-justified.json', 'utf8')),
);
const electronVersion = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies.electron.replace(/^[^\d]*/, '');

const work = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
for (const folder of ['electron', 'renderer', 'shared'])
  cpSync(folder, path.join(work, 'app', folder), { recursive: true });
const report = path.join(work, 'findings.sarif');
execFileSync(
  'npx',
  [
    'electronegativity',
    '-i',
    path.join(work, 'app'),
    '-r',
    '-e',
    electronVersion,
    '-o',
    report,
    '-v',
    'false',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

const SarifReport = z.object({
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number(), startColumn: z.number() }),
                  }),
                }),
              )
              .length(1),
          }),
        ),
      }),
    )
    .length(1),
});
const findings = SarifReport.parse(JSON.parse(readFileSync(report, 'utf8'))).runs[0].results.map((result) => {
  const { artifactLocation, region } = result.locations[0].physicalLocation;
  return {
    issue: result.ruleId,
    level: result.level,
    description: result.message.text,
    file: path.basename(artifactLocation.uri),
    location: `${region.startLine}:${region.startColumn}`,
  };
});
const isJustified = (f: { issue: string; file: string }) =>
  justified.some((j) => j.issue === f.issue && j.file === f.file);
const unjustified = findings.filter((f) => !isJustified(f));
const stale = justified.filter((j) => !findings.some((f) => f.issue === j.issue && f.file === j.file));

process.stdout.write(
  `electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - unjustified.length} justified\n`,
);
for (const f of findings) {
  const why = justified.find((j) => j.issue === f.issue && j.file === f.file)?.why;
  process.stdout.write(
    `  ${f.issue} (${f.level}: ${f.description}) ${f.file}:${f.location} — ${why ?? 'NOT JUSTIFIED'}\n`,
  );
}
for (const j of stale)
  process.stdout.write(`  stale justification: ${j.issue} in ${j.file} no longer found; remove it\n`);
process.exitCode = unjustified.length > 0 || stale.length > 0 ? 1 : 0;
