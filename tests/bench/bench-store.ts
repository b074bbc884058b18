import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SyntheticContact {
  id: string;
  caseId: string;
  agencyId: string;
  contactType: string;
  start: string;
  unitCostId: string | null;
}

export interface SyntheticProject {
  cases: Array<{ id: string; pseudonym: string }>;
  agencies: Array<{ id: string; name: string }>;
  contacts: SyntheticContact[];
  links: unknown[];
  lifeEvents: unknown[];
}

/** The seeded generator runs under tsx (Playwright's loader cannot import the app's JSON data files). */
export function syntheticProject(seed: number, cases: number, contacts: number): SyntheticProject {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'cohort.journey.json');
  execFileSync(
    'npx',
    [
      'tsx',
      'samples/generator/make-cohort.ts',
      '--seed',
      String(seed),
      '--cases',
      String(cases),
      '--contacts',
      String(contacts),
      '--out',
      out,
    ],
    { stdio: 'ignore' },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as SyntheticProject;
}

/**
 * A cohort too big for one generated file (a million contacts is more text than one string can
 * hold), made of several seeds' cohorts: case ids carry their seed, so none collide.
 */
export function bigCohort(seeds: number[], casesEach: number, contactsEach: number): SyntheticProject {
  const parts = seeds.map((seed) => syntheticProject(seed, casesEach, contactsEach));
  return { ...parts[0], cases: parts.flatMap((p) => p.cases), contacts: parts.flatMap((p) => p.contacts) };
}

/**
 * One journey of `contacts` contacts with every one of the 12 lanes in use: the generator's
 * person sees 8 or so agencies, so contacts are dealt round the lanes in turn (their dates,
 * types and links are the generator's).
 */
export function twelveLaneJourney(seed: number, contacts: number): SyntheticProject {
  const project = syntheticProject(seed, 1, contacts);
  const lanes = project.agencies.slice(0, 12);
  return {
    ...project,
    contacts: project.contacts.map((c, i) => ({ ...c, agencyId: lanes[i % lanes.length].id })),
  };
}

/** Writes rows straight into the app's IndexedDB store, as a long-used store would hold them. */
export async function seedStore(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += 5_000) {
      await page.evaluate(
        ({ table: name, batch }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('journey-mapper');
            open.onsuccess = () => {
              const tx = open.result.transaction(name, 'readwrite');
              for (const row of batch) tx.objectStore(name).put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        { table, batch: rows.slice(start, start + 5_000) },
      );
    }
  }
}

/**
 * Milliseconds from asking for a case's journey to the first frame painted after the timeline
 * shows its contacts (the toolbar's count and at least one contact, card or mark, drawn at its date).
 */
export function timeJourneyOpen(page: Page, caseId: string, contacts: number): Promise<number> {
  return page.evaluate(
    ({ id, expected }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        window.location.hash = `#/case/${encodeURIComponent(id)}`;
        const check = () => {
          const counted =
            document.querySelector('[data-testid="journey-counts"]')?.textContent?.startsWith(expected) ??
            false;
          const drawn = document.querySelector('[data-testid="timeline"] [data-date]') !== null;
          if (counted && drawn) requestAnimationFrame(() => resolve(performance.now() - started));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id: caseId, expected: `${contacts} contacts` },
  );
}
