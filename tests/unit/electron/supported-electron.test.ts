import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The desktop app runs on an Electron that still gets security fixes. */
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
};
const supported = JSON.parse(readFileSync('electron/supported-electron-majors.json', 'utf8')) as {
  supported: number[];
  checkedOn: string;
};

const majorOf = (version: string) => Number(/^\D*(\d+)\./.exec(version)?.[1]);

describe('Electron version', () => {
  it('pins an Electron whose major is one of the three still supported', () => {
    const locked = lock.packages['node_modules/electron']?.version ?? '';
    expect(supported.supported).toHaveLength(3);
    expect(supported.supported).toContain(majorOf(locked));
    expect(majorOf(manifest.devDependencies.electron)).toBe(majorOf(locked));
  });

  it('keeps the list of supported majors as three consecutive releases', () => {
    const [first, second, third] = [...supported.supported].sort((a, b) => a - b);
    expect([second - first, third - second]).toEqual([1, 1]);
    expect(supported.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
