import {
  Agency,
  Case,
  Contact,
  LifeEvent,
  Link,
  type OutcomeMeasurement,
  newId,
  nowTimestamp,
  paletteColour,
  type Sector,
} from '../model';
import { deleteRow, insertRow, updateRow, type ChangeSet } from './change-set';

/**
 * Edits as pure functions from the rows they touch to a change set. Each parses its result with
 * the model schema, so nothing invalid ever reaches the store, whichever screen made the edit.
 */

export interface NewCaseFields {
  pseudonym: string;
  designatedLead?: string;
}

export function createCase(fields: NewCaseFields): ChangeSet {
  const now = nowTimestamp();
  const row = Case.parse({
    id: newId(),
    pseudonym: fields.pseudonym,
    designatedLead: fields.designatedLead ?? '',
    createdAt: now,
    updatedAt: now,
  });
  return { label: `create case ${row.pseudonym}`, changes: [insertRow('cases', row)] };
}

export type CaseFields = Partial<Omit<Case, 'id' | 'createdAt' | 'updatedAt'>>;

export function updateCase(before: Case, fields: CaseFields): ChangeSet {
  const after = Case.parse({ ...before, ...fields, updatedAt: nowTimestamp() });
  return { label: `edit case ${after.pseudonym}`, changes: [updateRow('cases', before, after)] };
}

export interface CaseRows {
  contacts: Contact[];
  links: Link[];
  lifeEvents: LifeEvent[];
  outcomes: OutcomeMeasurement[];
}

/** Deleting a case takes its whole journey with it, in one undoable step. */
export function deleteCase(row: Case, journey: CaseRows): ChangeSet {
  return {
    label: `delete case ${row.pseudonym}`,
    changes: [
      ...journey.links.map((l) => deleteRow('links', l)),
      ...journey.contacts.map((c) => deleteRow('contacts', c)),
      ...journey.lifeEvents.map((e) => deleteRow('lifeEvents', e)),
      ...journey.outcomes.map((o) => deleteRow('outcomes', o)),
      deleteRow('cases', row),
    ],
  };
}

export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

export function addContact(
  fields: Partial<ContactFields> & Pick<ContactFields, 'caseId' | 'agencyId' | 'contactType' | 'start'>,
): ChangeSet {
  const now = nowTimestamp();
  const row = Contact.parse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
  return { label: `add contact ${row.contactType}`, changes: [insertRow('contacts', row)] };
}

export function updateContact(before: Contact, fields: Partial<ContactFields>): ChangeSet {
  const after = Contact.parse({
    ...before,
    ...fields,
    id: before.id,
    caseId: before.caseId,
    updatedAt: nowTimestamp(),
  });
  return { label: `edit contact ${after.contactType}`, changes: [updateRow('contacts', before, after)] };
}

/** A contact's links go with it: an edge to nothing would be meaningless. */
export function deleteContacts(contacts: readonly Contact[], allLinksOfCase: readonly Link[]): ChangeSet {
  const ids = new Set(contacts.map((c) => c.id));
  const links = allLinksOfCase.filter((l) => ids.has(l.fromContactId) || ids.has(l.toContactId));
  const label =
    contacts.length === 1
      ? `delete contact ${contacts[0].contactType}`
      : `delete ${contacts.length} contacts`;
  return {
    label,
    changes: [...links.map((l) => deleteRow('links', l)), ...contacts.map((c) => deleteRow('contacts', c))],
  };
}

export function addLink(fields: Omit<Link, 'id'>): ChangeSet {
  const row = Link.parse({ ...fields, id: newId() });
  return { label: `link contacts (${row.kind})`, changes: [insertRow('links', row)] };
}

export function updateLink(before: Link, fields: Partial<Omit<Link, 'id' | 'caseId'>>): ChangeSet {
  const after = Link.parse({ ...before, ...fields });
  return { label: `edit link (${after.kind})`, changes: [updateRow('links', before, after)] };
}

export function deleteLink(row: Link): ChangeSet {
  return { label: `delete link (${row.kind})`, changes: [deleteRow('links', row)] };
}

export function addLifeEvent(fields: Omit<LifeEvent, 'id'>): ChangeSet {
  const row = LifeEvent.parse({ ...fields, id: newId() });
  return { label: `add life event ${row.kind}`, changes: [insertRow('lifeEvents', row)] };
}

export function updateLifeEvent(
  before: LifeEvent,
  fields: Partial<Omit<LifeEvent, 'id' | 'caseId'>>,
): ChangeSet {
  const after = LifeEvent.parse({ ...before, ...fields });
  return { label: `edit life event ${after.kind}`, changes: [updateRow('lifeEvents', before, after)] };
}

export function deleteLifeEvent(row: LifeEvent): ChangeSet {
  return { label: `delete life event ${row.kind}`, changes: [deleteRow('lifeEvents', row)] };
}

/** A new agency, added as a lane to the journey it was created from (and to no other). */
export function addAgency(
  name: string,
  sector: Sector,
  existing: readonly Agency[],
  toCase?: Case,
): ChangeSet {
  const laneOrder = existing.reduce((max, a) => Math.max(max, a.laneOrder), -1) + 1;
  const row = Agency.parse({
    id: newId(),
    name,
    sector,
    colour: paletteColour(existing.length),
    laneOrder,
    hidden: false,
  });
  const lane = toCase === undefined ? [] : showLaneInCase(toCase, row.id, true).changes;
  return { label: `add agency ${row.name}`, changes: [insertRow('agencies', row), ...lane] };
}

/** Adds a lane to one journey, or takes an added lane away (a lane its contacts use stays regardless). */
export function showLaneInCase(theCase: Case, agencyId: string, shown: boolean): ChangeSet {
  const others = (theCase.addedLaneIds ?? []).filter((id) => id !== agencyId);
  const change = updateCase(theCase, { addedLaneIds: shown ? [...others, agencyId] : others });
  return {
    label: `${shown ? 'add a lane to' : 'take a lane from'} ${theCase.pseudonym}`,
    changes: change.changes,
  };
}

export function updateAgency(before: Agency, fields: Partial<Omit<Agency, 'id'>>): ChangeSet {
  const after = Agency.parse({ ...before, ...fields });
  return { label: `edit agency ${after.name}`, changes: [updateRow('agencies', before, after)] };
}

/** Moves one lane up or down by swapping lane order with its visible neighbour. */
export function moveLane(agencies: readonly Agency[], agencyId: string, direction: -1 | 1): ChangeSet {
  const ordered = [...agencies].sort((a, b) => a.laneOrder - b.laneOrder);
  const index = ordered.findIndex((a) => a.id === agencyId);
  const neighbour = ordered[index + direction];
  if (index < 0 || neighbour === undefined) return { label: 'move lane', changes: [] };
  const moving = ordered[index];
  return {
    label: `move lane ${moving.name}`,
    changes: [
      updateRow('agencies', moving, { ...moving, laneOrder: neighbour.laneOrder }),
      updateRow('agencies', neighbour, { ...neighbour, laneOrder: moving.laneOrder }),
    ],
  };
}
