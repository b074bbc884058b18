import { z } from 'zod';
import { Id } from './ids';

export const LINK_KINDS = [
  'referral',
  'handover',
  'information shared',
  'escalation',
  'no follow-up',
  'other',
] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** A relation between two contacts of one case, drawn as an edge on the timeline. */
export const Link = z
  .object({
    id: Id,
    caseId: Id,
    fromContactId: Id,
    toContactId: Id,
    kind: LinkKind,
    label: z.string().max(500).default(''),
  })
  .refine((l) => l.fromContactId !== l.toContactId, {
    message: 'a link joins two different contacts',
    path: ['toContactId'],
  });
export type Link = z.infer<typeof Link>;
