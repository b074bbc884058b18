import { z } from 'zod';
import type { Platform } from '../platform/platform';
import type { JourneyDatabase } from './journey-database';

const ANALYST_NAME = 'analystName';

/** The name the analyst types under Settings: what the audit trail calls them. */
export const AnalystName = z
  .string()
  .trim()
  .min(1, 'type a name')
  .max(200, 'a name is at most 200 characters');

export interface AnalystNameSetting {
  /** What the audit trail records changes as; null when it names nobody. */
  name: string | null;
  /** Where the name comes from. */
  from: 'settings' | 'operating system' | 'none';
}

/** The analyst's own name if set, else the operating system's user name (the desktop app), else none (a browser). */
export async function readAnalystName(db: JourneyDatabase, platform: Platform): Promise<AnalystNameSetting> {
  const stored = AnalystName.safeParse((await db.settings.get(ANALYST_NAME))?.value);
  if (stored.success) return { name: stored.data, from: 'settings' };
  const osName = await platform.osUserName();
  return osName === null ? { name: null, from: 'none' } : { name: osName, from: 'operating system' };
}

/** Reads the name and has every change from now on recorded under it. */
export async function recordChangesUnderAnalystName(
  db: JourneyDatabase,
  platform: Platform,
): Promise<AnalystNameSetting> {
  const setting = await readAnalystName(db, platform);
  db.analystName = setting.name;
  return setting;
}

/** Saves the analyst's name (blank clears it, going back to the operating system's) and records changes under it. */
export async function saveAnalystName(
  db: JourneyDatabase,
  platform: Platform,
  typed: string,
): Promise<AnalystNameSetting> {
  if (typed.trim() === '') await db.settings.delete(ANALYST_NAME);
  else await db.settings.put({ key: ANALYST_NAME, value: AnalystName.parse(typed) });
  return recordChangesUnderAnalystName(db, platform);
}
