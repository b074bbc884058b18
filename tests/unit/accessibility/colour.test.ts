import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCY_PALETTE } from '../../../shared/model/agency';

/** The app's one palette: the custom properties of :root in renderer/styles.css. */
function rootPalette(): Record<string, string> {
  const css = readFileSync('renderer/styles.css', 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...root.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1], m[2]]),
  );
}
const palette = rootPalette();
const colour = (name: string) => (name.startsWith('#') ? name : palette[name]);

/** A colour laid over white at `alpha`, as a card's tint of its agency's colour is. */
function overWhite(hex: string, alpha: number): string {
  const channels = [1, 3, 5].map((i) =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * alpha + 255 * (1 - alpha)),
  );
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

describe('text contrast of at least 4.5:1 (WCAG 1.4.3)', () => {
  it.each([
    ['ink', '#ffffff'],
    ['ink', 'panel'],
    ['muted', '#ffffff'],
    ['muted', 'panel'],
    ['muted', 'fy-band-odd'],
    ['accent', '#ffffff'],
    ['accent', 'panel'],
    ['accent', 'selected-row'],
    ['ink', 'selected-row'],
    ['danger', '#ffffff'],
    ['danger', 'panel'],
    ['missed', '#ffffff'],
    ['#ffffff', 'missed'],
    ['#ffffff', 'accent'],
    ['#ffffff', 'header'],
    ['header-link', 'header'],
    ['fy-ink', 'fy-band'],
    ['fy-ink', 'fy-band-odd'],
    ['suggested-ink', 'suggested-background'],
    ['ink', 'suggested-background'],
  ])('%s on %s', (text, background) => {
    expect(colour(text), text).toMatch(/^#/);
    expect(colour(background), background).toMatch(/^#/);
    expect(wcagContrast(colour(text), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(AGENCY_PALETTE.map((c) => [c]))(
    'a card tinted with %s keeps its type, date and cluster count readable',
    (agencyColour) => {
      expect(wcagContrast(colour('ink'), overWhite(agencyColour, 0x1a / 255))).toBeGreaterThanOrEqual(4.5);
      expect(wcagContrast(colour('muted'), overWhite(agencyColour, 0x1a / 255))).toBeGreaterThanOrEqual(4.5);
      expect(wcagContrast(colour('ink'), overWhite(agencyColour, 0x33 / 255))).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('controls and focus at least 3:1 against what is next to them (WCAG 1.4.11)', () => {
  it.each([
    ['control-border', '#ffffff'],
    ['control-border', 'panel'],
    ['accent', '#ffffff'],
    // The focus is a yellow ring inside a dark one: the yellow shows on the dark header, the dark ring on light screens.
    ['focus', 'header'],
    ['focus', 'accent'],
    ['focus-ring', '#ffffff'],
    ['focus-ring', 'panel'],
    ['focus-ring', 'suggested-background'],
    ['focus', 'focus-ring'],
  ])('%s against %s', (control, background) => {
    expect(wcagContrast(colour(control), colour(background))).toBeGreaterThanOrEqual(3);
  });
});

/**
 * Machado, Oliveira and Fernandes (2009) at full severity, as culori implements them. A CIEDE2000
 * difference of about 2 is just noticeable; 10 is our floor, so two lanes' colours are told apart
 * at a glance side by side, not only under study.
 */
const MIN_DIFFERENCE = 10;
const VISION: Array<[string, (c: Color) => Color]> = [
  ['normal vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

describe('the agency palette under colour-vision deficiencies', () => {
  const difference = differenceCiede2000();
  it.each(VISION)('every pair differs by CIEDE2000 ≥ 10 in %s', (_name, simulate) => {
    const seen = AGENCY_PALETTE.map((hex) => simulate(parse(hex) as Color));
    const tooClose: string[] = [];
    for (let i = 0; i < seen.length; i += 1)
      for (let j = i + 1; j < seen.length; j += 1) {
        const d = difference(seen[i], seen[j]);
        if (d < MIN_DIFFERENCE)
          tooClose.push(`${AGENCY_PALETTE[i]} and ${AGENCY_PALETTE[j]}: ${d.toFixed(1)}`);
      }
    expect(tooClose).toEqual([]);
  });

  it('has twelve distinct colours', () => {
    expect(new Set(AGENCY_PALETTE.map((c) => c.toLowerCase())).size).toBe(12);
  });
});
