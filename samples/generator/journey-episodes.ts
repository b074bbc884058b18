import type { Spell } from './journey-phases';
import type { DraftContact, JourneyDraft } from './journey-draft';

/**
 * The set pieces of a journey, anchored to its spells: the chains of contacts that reviews keep
 * finding (call-out, A&E, admission, discharge to nowhere; arrest, court, custody, release with
 * no address) and the stays with an end date that carry most of the cost.
 */
export function addEpisodes(
  draft: JourneyDraft,
  spell: Spell,
  previous: Spell | undefined,
  journeyEnd: number,
): void {
  switch (spell.phase) {
    case 'custody':
      return custody(draft, spell, previous, journeyEnd);
    case 'crisis':
      return crisis(draft, spell, journeyEnd);
    case 'escalating':
      return escalating(draft, spell);
    case 'recovery':
      return recovery(draft, spell, journeyEnd);
    case 'stable':
      return stable(draft, spell, previous, journeyEnd);
  }
}

function dayIn(draft: JourneyDraft, spell: Spell): number {
  return draft.rng.int(spell.start, spell.end - 1);
}

function custody(draft: JourneyDraft, spell: Spell, previous: Spell | undefined, journeyEnd: number): void {
  const { rng } = draft;
  const released = spell.end < journeyEnd;
  const homeless = released && rng.chance(0.45);
  if (!draft.reserve(3 + (released ? 1 : 0) + (homeless ? 1 : 0))) return;
  let custodyStart: DraftContact;
  if (previous?.phase === 'recovery' || rng.chance(0.25)) {
    const missed = draft.add('probationMissed', spell.start - rng.int(5, 20));
    const recall = draft.add('recall', spell.start - 1);
    draft.link(missed, recall, 'escalation', 'recalled after missed appointments');
    custodyStart = recall;
  } else {
    const arrest = draft.add('arrest', spell.start - 1, { outcome: 'Charged' });
    const court = draft.add(rng.chance(0.3) ? 'courtBreach' : 'courtHearing', spell.start);
    draft.link(arrest, court, 'handover', 'charged and remanded');
    custodyStart = court;
  }
  // Date only: a time drawn for reception could put it before the hearing that sent them there.
  const custody = draft.add('custody', spell.start, {
    minute: null,
    endDay: spell.end,
    missed: homeless ? 'Discharged or released with no accommodation' : undefined,
  });
  draft.link(custodyStart, custody, 'handover', 'into custody');
  if (!released) return;
  draft.event(spell.end, 'release from prison', 'Released on licence');
  const probation = draft.add('probationAppointment', spell.end + rng.int(0, 3));
  draft.link(custody, probation, 'handover', 'released on licence');
  if (!homeless) return;
  draft.event(spell.end, 'became homeless', 'No address on release');
  draft.add('housingOptions', spell.end + rng.int(1, 5));
}

function crisis(draft: JourneyDraft, spell: Spell, journeyEnd: number): void {
  const { rng } = draft;
  const readmitted = rng.chance(0.4);
  if (rng.chance(0.6) && draft.reserve(readmitted ? 4 : 3)) {
    const day = dayIn(draft, spell);
    const minute = draft.nightMinute();
    const ambulance = draft.add('seeAndConvey', day, { minute });
    const arrival = minute + rng.int(30, 90);
    const attendance = draft.add('aeCategory2', day, { minute: arrival });
    const admittedAt = arrival + rng.int(120, 360);
    const discharged = Math.min(day + Math.floor(admittedAt / 1440) + rng.int(1, 14), journeyEnd);
    const admission = draft.add('admission', day, {
      minute: admittedAt,
      endDay: discharged,
      missed: rng.chance(0.3) ? 'Discharged or released with no accommodation' : undefined,
    });
    draft.link(ambulance, attendance, 'handover', 'conveyed');
    draft.link(attendance, admission, 'handover', 'admitted');
    draft.event(discharged, 'hospital discharge');
    if (readmitted) {
      const again = draft.add('aeAttendance', discharged + rng.int(3, 30));
      draft.link(admission, again, 'no follow-up', 'no community follow-up after discharge');
    }
  }
  if (rng.chance(0.45) && draft.reserve(2)) {
    const day = dayIn(draft, spell);
    const options = draft.add('housingOptions', day, { minute: null });
    const nights = rng.chance(0.7);
    const excluded = rng.chance(0.3);
    const leaves = Math.min(day + (nights ? rng.int(3, 28) : rng.int(14, 56)), journeyEnd);
    const stay = draft.add(nights ? 'bedAndBreakfast' : 'bedAndBreakfastWeeks', day, {
      endDay: leaves,
      missed: excluded ? 'Evicted or excluded to the street' : undefined,
    });
    draft.link(options, stay, 'referral', 'placed in B&B');
    draft.event(day, 'became homeless');
    if (excluded) draft.event(leaves, 'accommodation lost', 'Excluded from the B&B');
  }
  if (rng.chance(0.35) && draft.reserve(2)) {
    const day = dayIn(draft, spell);
    const check = draft.add('welfareCheck', day);
    const referral = draft.add('safeguarding', day + rng.int(1, 4));
    draft.link(check, referral, 'referral', 'safeguarding concern raised');
    if (rng.chance(0.35)) draft.event(day, 'abuse disclosed');
  }
}

function escalating(draft: JourneyDraft, spell: Spell): void {
  const { rng } = draft;
  const complex = rng.chance(0.2);
  if (rng.chance(0.35) && draft.reserve(complex ? 2 : 1)) {
    const day = dayIn(draft, spell);
    draft.event(day, 'accommodation lost', 'Tenancy ended for rent arrears');
    const decision = draft.add('homelessDecision', day + rng.int(7, 28));
    if (complex) {
      const eviction = draft.add('complexEviction', day, {
        missed: rng.chance(0.5) ? 'Evicted or excluded to the street' : undefined,
      });
      draft.link(eviction, decision, 'referral', 'referred to housing options');
    }
  }
  if (draft.involves('mhAssessment') && rng.chance(0.3) && draft.reserve(2)) {
    const day = dayIn(draft, spell);
    const gp = draft.add('gpAppointment', day);
    const assessment = draft.add('mhAssessment', day + rng.int(14, 60));
    draft.link(gp, assessment, 'referral', 'referred for assessment');
  }
}

function recovery(draft: JourneyDraft, spell: Spell, journeyEnd: number): void {
  const { rng } = draft;
  const rehab = rng.chance(0.4);
  if (draft.involves('detox') && rng.chance(0.55) && draft.reserve(3)) {
    const day = dayIn(draft, spell);
    const gp = draft.add('gpAppointment', day);
    const admitted = day + rng.int(7, 30);
    const detox = draft.add('detox', admitted, { endDay: admitted + rng.int(7, 14) });
    draft.link(gp, detox, 'referral', 'referred for detox');
    const after = (detox.endDay ?? admitted) + 1;
    const next = draft.add(rehab ? 'rehab' : 'methadone', after, {
      endDay: Math.min(after + rng.int(rehab ? 42 : 56, rehab ? 84 : 182), journeyEnd),
    });
    draft.link(detox, next, 'handover', rehab ? 'into residential rehab' : 'onto a methadone script');
  }
  const deposit = rng.chance(0.25);
  if (rng.chance(0.5) && draft.reserve(deposit ? 2 : 1)) {
    const day = dayIn(draft, spell);
    const leaves = Math.min(day + rng.int(28, 182), journeyEnd);
    draft.add('hostel', day, { endDay: leaves });
    draft.event(day, 'accommodation found', 'Hostel place');
    if (deposit) {
      const amountPence = rng.int(60, 120) * 500;
      draft.add('rentDeposit', leaves, {
        override: { amountPence, reason: "Invoice from the council's rent deposit scheme" },
      });
      draft.event(leaves, 'accommodation found', 'Private rented tenancy');
    }
  }
}

function stable(draft: JourneyDraft, spell: Spell, previous: Spell | undefined, journeyEnd: number): void {
  const { rng } = draft;
  const settling = previous?.phase === 'escalating' || previous?.phase === 'crisis';
  if (settling && draft.involves('mhDischarge') && rng.chance(0.45) && draft.reserve(1)) {
    draft.add('mhDischarge', Math.min(spell.start + rng.int(7, 30), spell.end - 1), {
      missed: 'Support withdrawn when things quietened (yo-yo response)',
    });
  }
  if (rng.chance(0.35) && draft.reserve(1)) {
    const day = dayIn(draft, spell);
    const monthly = rng.chance(0.5);
    draft.add(monthly ? 'outreachMonths' : 'outreachWorker', day, {
      endDay: Math.min(day + rng.int(monthly ? 30 : 14, 90), journeyEnd),
    });
  }
  if (rng.chance(0.15)) draft.event(dayIn(draft, spell), rng.pick(['relationship', 'bereavement']));
}
