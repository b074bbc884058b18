import { z } from 'zod';

export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}

export function nowTimestamp(): string {
  return new Date().toISOString();
}
