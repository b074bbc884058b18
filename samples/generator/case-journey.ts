import type { Case, Contact, LifeEvent, Link } from '../../shared/model';
import { GENERATED_AT, type CasePlan, type Needs } from './case-plan';
import { COURTS, MENTAL_HEALTH, PRISONS, PROBATION, TREATMENT } from './contact-kinds';
import { stamp } from './day-text';
import { JourneyDraft, type DraftContact } from './journey-draft';
import { addEpisodes } from './journey-episodes';
import { PHASES, type Spell } from './journey-phases';
import { SeededRandom } from './seeded-random';

/** One case with everything that belongs to it, ready for a project file or a database. */
export interface CaseJourney {
  case: Case;
  contacts: Contact[];
  links: Link[];
  lifeEvents: LifeEvent[];
}

/** Set pieces take at most this share of a case's contacts; the everyday contacts of each phase fill the rest. */
const EPISODE_SHARE = 0.4;

/** Everyday contacts fall in a spell in proportion to its length times its phase's contact rate. */
function fill(draft: JourneyDraft, spells: Spell[], count: number): void {
  const mixes = new Map(
    Object.entries(PHASES).map(([phase, profile]) => [
      phase,
      profile.mix.filter(([key]) => draft.involves(key)),
    ]),
  );
  const cumulative: number[] = [];
  let total = 0;
  for (const spell of spells) {
    total += PHASES[spell.phase].rate * (spell.end - spell.start);
    cumulative.push(total);
  }
  for (let i = 0; i < count; i++) {
    const target = draft.rng.next() * total;
    let low = 0;
    let high = spells.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    const spell = spells[low];
    draft.add(draft.rng.weighted(mixes.get(spell.phase)!), draft.rng.int(spell.start, spell.end - 1));
  }
}

function sortKey(c: DraftContact): number {
  return c.day * 1440 + (c.minute ?? 0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Contacts are numbered in date order, so ids read as the journey does. */
function finish(plan: CasePlan, draft: JourneyDraft): CaseJourney {
  const caseId = plan.case.id;
  // Array sort is stable: contacts at the same minute keep the order they were made in.
  const ordered = draft.contacts.map((c) => ({ c, key: sortKey(c) })).sort((a, b) => a.key - b.key);
  const ids = new Map<DraftContact, string>();
  const contacts = ordered.map(({ c }, i): Contact => {
    const id = `${caseId}-c${pad(i + 1, 5)}`;
    ids.set(c, id);
    return {
      id,
      caseId,
      agencyId: c.kind.agencyId,
      contactType: c.kind.contactType,
      start: stamp(c.day, c.minute),
      end: c.endDay === null ? null : stamp(c.endDay, c.endMinute),
      quantity: null,
      outcome: c.outcome,
      description: '',
      missedOpportunity: c.missed,
      unitCostId: c.kind.unitCostId,
      costOverride: c.override,
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
    };
  });
  const links = draft.links.map((l, i): Link => ({
    id: `${caseId}-l${pad(i + 1, 3)}`,
    caseId,
    fromContactId: ids.get(l.from)!,
    toContactId: ids.get(l.to)!,
    kind: l.kind,
    label: l.label,
  }));
  const lifeEvents = [...draft.lifeEvents]
    .sort((a, b) => a.day - b.day)
    .map((e, i): LifeEvent => ({
      id: `${caseId}-e${pad(i + 1, 3)}`,
      caseId,
      date: stamp(e.day, null),
      kind: e.kind,
      note: e.note,
    }));
  return { case: plan.case, contacts, links, lifeEvents };
}

function absentAgencies(needs: Needs): Set<string> {
  const absent = new Set<string>();
  if (!needs.offending) for (const agency of [PROBATION, PRISONS, COURTS]) absent.add(agency);
  if (!needs.substances) absent.add(TREATMENT);
  if (!needs.mentalHealth) absent.add(MENTAL_HEALTH);
  return absent;
}

export function buildJourney(plan: CasePlan): CaseJourney {
  const draft = new JourneyDraft(
    new SeededRandom(plan.contactSeed),
    Math.floor(plan.contacts * EPISODE_SHARE),
    absentAgencies(plan.needs),
  );
  if (draft.rng.chance(0.2)) draft.event(plan.journeyStart, 'left home');
  plan.spells.forEach((spell, i) => addEpisodes(draft, spell, plan.spells[i - 1], plan.journeyEnd));
  fill(draft, plan.spells, plan.contacts - draft.contacts.length);
  return finish(plan, draft);
}
