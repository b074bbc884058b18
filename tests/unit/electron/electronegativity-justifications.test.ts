import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

describe('electronegativity justifications', () => {
  it('describe the preload as it is: as many channels as it invokes, each named', () => {
    const preload = readFileSync('electron/preload.ts', 'utf8');
    const channels = [...preload.matchAll(/ipcRenderer\.invoke\(IPC_CHANNELS\.(\w+)/g)].map((m) => m[1]);
    const justified = JSON.parse(
      readFileSync('tests/security/electronegativity-justified.json', 'utf8'),
    ) as Array<{ issue: string; why: string }>;
    const why = justified.find((j) => j.issue === 'PRELOAD_JS_CHECK')?.why ?? '';
    expect(why).toContain(`${WORDS[channels.length]} named functions`);
    for (const channel of channels) expect(why).toContain(channel);
  });
});
