import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli';

describe('command line: encrypted files', () => {
  it('encrypts and decrypts a project file, and cost, validate, export and anonymise read it with --passphrase-file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-encrypt-'));
    const sample = 'samples/projects/costing-demo.journey.json';
    const passphrase = path.join(dir, 'passphrase.txt');
    writeFileSync(passphrase, 'a long and private passphrase\n');
    const wrong = path.join(dir, 'wrong.txt');
    writeFileSync(wrong, 'not it\n');
    const sealed = path.join(dir, 'case.journey.json.enc');

    const encrypted = await cli('encrypt', sample, '--out', sealed, '--passphrase-file', passphrase);
    expect(encrypted.code).toBe(0);
    expect(readFileSync(sealed).includes('Sample A')).toBe(false);
    expect(statSync(sealed).mode & 0o777).toBe(0o600);

    const back = path.join(dir, 'back.journey.json');
    expect((await cli('decrypt', sealed, '--out', back, '--passphrase-file', passphrase)).code).toBe(0);
    expect(readFileSync(back).equals(readFileSync(sample))).toBe(true);

    const cost = await cli(
      'cost',
      sealed,
      '--price-year',
      '2024/25',
      '--json',
      '--passphrase-file',
      passphrase,
    );
    expect(cost.code).toBe(0);
    expect(JSON.parse(cost.stdout).total).toBe(5741.7);
    const validated = await cli('validate', sealed, '--passphrase-file', passphrase);
    expect(validated.stdout).toContain('a valid project file');
    const exported = await cli(
      'export',
      sealed,
      '--to',
      path.join(dir, 'out.csv'),
      '--passphrase-file',
      passphrase,
    );
    expect(exported.code).toBe(0);
    const anonymised = await cli(
      'anonymise',
      sealed,
      '--out',
      path.join(dir, 'anon.journey.json'),
      '--seed',
      '7',
      '--passphrase-file',
      passphrase,
    );
    expect(anonymised.code).toBe(0);

    const refused = await cli('cost', sealed, '--passphrase-file', wrong);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'case.journey.json.enc: the passphrase is wrong, or the file has been changed since it was encrypted; nothing was read',
    );
    const noPassphrase = await cli('validate', sealed);
    expect(noPassphrase.code).toBe(1);
    expect(noPassphrase.stderr).toContain(
      'the file is encrypted; give its passphrase with --passphrase-file <path>',
    );
  }, 180_000);
});
