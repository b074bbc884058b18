import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_SETTINGS,
  RuleSettings,
  suggestionKey,
  suggestMissedOpportunities,
} from '../../../shared/suggestions/missed-opportunity-rules';
import type { Contact } from '../../../shared/model';
import { AGENCIES, contact, flag } from './fixtures';

function suggest(contacts: Contact[], settings: unknown = {}, dismissed: string[] = []) {
  return suggestMissedOpportunities({
    contacts,
    agencies: AGENCIES,
    settings: RuleSettings.parse(settings),
    dismissed: new Set(dismissed),
  });
}
const keys = (contacts: Contact[], settings: unknown = {}, dismissed: string[] = []) =>
  suggest(contacts, settings, dismissed).map((s) => s.key);

describe('rule settings', () => {
  it('fills every missing rule and field with its default', () => {
    expect(RuleSettings.parse({})).toEqual(DEFAULT_RULE_SETTINGS);
    const tuned = RuleSettings.parse({ 'yo-yo': { withinDays: 60 } });
    expect(tuned['yo-yo']).toMatchObject({
      enabled: true,
      withinDays: 60,
      closureKeywords: ['closed', 'discharged', 'case closed', 'closure'],
    });
    expect(tuned['repeat-crisis']).toEqual(DEFAULT_RULE_SETTINGS['repeat-crisis']);
    expect(DEFAULT_RULE_SETTINGS['repeat-crisis']).toMatchObject({
      crisisContacts: 3,
      windowDays: 90,
      category: 'No referral made',
    });
  });
  it('refuses negative windows, unknown sectors and a run of one', () => {
    expect(RuleSettings.safeParse({ 'failed-to-engage': { withinDays: -1 } }).success).toBe(false);
    expect(RuleSettings.safeParse({ 'yo-yo': { crisisSectors: ['Hospital'] } }).success).toBe(false);
    expect(RuleSettings.safeParse({ 'repeat-crisis': { crisisContacts: 1 } }).success).toBe(false);
  });
  it('keys a suggestion by rule and contact ids, unambiguously', () => {
    expect(suggestionKey('yo-yo', ['a:b', 'c'])).toBe('yo-yo:a%3Ab:c');
  });
});

describe('repeat crisis: N A&E or ambulance contacts within W days and no help', () => {
  const crises = (thirdDate: string) => [
    contact('c1', '2020-01-01', 'ae', 'A&E attendance'),
    contact('c2', '2020-02-01T23:10', 'amb', 'Ambulance call-out'),
    contact('c3', thirdDate, 'ae', 'A&E attendance'),
  ];

  it('flags the third when the three fall within 90 days (01/01/2020 to 31/03/2020 is exactly 90)', () => {
    expect(suggest(crises('2020-03-31'))).toEqual([
      {
        key: 'repeat-crisis:c1:c2:c3',
        ruleId: 'repeat-crisis',
        contactId: 'c3',
        category: 'No referral made',
        explanation:
          '3 contacts with Acute health or Ambulance services between 01/01/2020 and 31/03/2020 (90 days), with no contact with Mental health or Drug and alcohol treatment services and no "referral" in that time.',
      },
    ]);
  });
  it('does not flag 91 days', () => {
    expect(keys(crises('2020-04-01'))).toEqual([]);
  });
  it('is stopped by a mental health or treatment contact, or a referral, anywhere in the window, edges included', () => {
    expect(keys([...crises('2020-03-31'), contact('m', '2020-02-15', 'mh', 'Assessment')])).toEqual([]);
    expect(keys([...crises('2020-03-31'), contact('d', '2020-01-01', 'dat', 'Triage')])).toEqual([]);
    expect(
      keys([...crises('2020-03-31'), contact('r', '2020-03-31', 'gp', 'Referral to drug service')]),
    ).toEqual([]);
    expect(
      keys([
        ...crises('2020-03-31'),
        contact('r', '2020-02-02', 'ae', 'Review', { outcome: 'Referral to liaison psychiatry' }),
      ]),
    ).toEqual([]);
  });
  it('still fires when help came only after the window', () => {
    expect(keys([...crises('2020-03-31'), contact('m', '2020-04-01', 'mh', 'Assessment')])).toEqual([
      'repeat-crisis:c1:c2:c3',
    ]);
  });
  it('counts six crises as two runs, and takes the run length and window from the settings', () => {
    const six = [1, 2, 3, 4, 5, 6].map((n) => contact(`x${n}`, `2020-0${n}-01`, 'ae', 'A&E attendance'));
    expect(keys(six)).toEqual(['repeat-crisis:x1:x2:x3', 'repeat-crisis:x4:x5:x6']);
    expect(keys(six.slice(0, 2), { 'repeat-crisis': { crisisContacts: 2, windowDays: 31 } })).toEqual([
      'repeat-crisis:x1:x2',
    ]);
    expect(keys(six.slice(0, 2), { 'repeat-crisis': { crisisContacts: 2, windowDays: 30 } })).toEqual([]);
  });
  it('skips dismissed keys and contacts already flagged', () => {
    expect(keys(crises('2020-03-31'), {}, ['repeat-crisis:c1:c2:c3'])).toEqual([]);
    const flagged = crises('2020-03-31').map((c) =>
      c.id === 'c3' ? { ...c, missedOpportunity: flag('Risk not reassessed') } : c,
    );
    expect(keys(flagged)).toEqual([]);
    expect(keys(crises('2020-03-31'), { 'repeat-crisis': { enabled: false } })).toEqual([]);
  });
});

describe('yo-yo: a case closed, then a crisis within D days', () => {
  const closed = contact('cl', '2020-05-01', 'mh', 'Case closed', { outcome: 'Discharged to GP' });

  it('flags the closing contact when a crisis follows within 30 days', () => {
    expect(suggest([closed, contact('a', '2020-05-31', 'ae', 'A&E attendance')])).toEqual([
      {
        key: 'yo-yo:cl:a',
        ruleId: 'yo-yo',
        contactId: 'cl',
        category: 'Support withdrawn when things quietened (yo-yo response)',
        explanation:
          'The case was closed: "Case closed (Discharged to GP)" with CMHT on 01/05/2020. 30 days later came a crisis contact: "A&E attendance" with City Hospital A&E on 31/05/2020.',
      },
    ]);
    const housing = contact('h', '2020-01-06', 'housing', 'Tenancy support', {
      end: '2020-05-01',
      outcome: 'Discharged - disengaged',
    });
    expect(keys([housing, contact('p', '2020-05-31', 'police', 'Arrest')])).toEqual(['yo-yo:h:p']);
    expect(keys([housing, contact('p', '2020-06-01', 'police', 'Arrest')])).toEqual([]);
  });
  it('does not flag a crisis 31 days later, nor a crisis service discharging someone, nor "enclosed"', () => {
    expect(keys([closed, contact('a', '2020-06-01', 'ae', 'A&E attendance')])).toEqual([]);
    expect(
      keys([
        contact('ae1', '2020-05-01', 'ae', 'A&E attendance', { outcome: 'Discharged' }),
        contact('p', '2020-05-02', 'police', 'Arrest'),
      ]),
    ).toEqual([]);
    expect(
      keys([
        contact('l', '2020-05-01', 'mh', 'Letter', { outcome: 'Leaflet enclosed' }),
        contact('p', '2020-05-02', 'police', 'Arrest'),
      ]),
    ).toEqual([]);
  });
  it('needs the crisis to be strictly later: same date without times is not, a later time is', () => {
    expect(keys([closed, contact('p', '2020-05-01', 'police', 'Arrest')])).toEqual([]);
    const morning = contact('cl', '2020-05-01T09:00', 'mh', 'Closure letter');
    const found = suggest([morning, contact('p', '2020-05-01T14:00', 'police', 'Arrest')]);
    expect(found.map((s) => s.key)).toEqual(['yo-yo:cl:p']);
    expect(found[0].explanation).toContain('Later the same day came a crisis contact');
  });
  it('honours dismissal and the window setting', () => {
    const journey = [closed, contact('a', '2020-05-31', 'ae', 'A&E attendance')];
    expect(keys(journey, {}, ['yo-yo:cl:a'])).toEqual([]);
    expect(keys(journey, { 'yo-yo': { withinDays: 29 } })).toEqual([]);
  });
});

describe('release without accommodation', () => {
  const release = contact('r', '2020-01-10', 'prison', 'Release from prison');

  it('flags a release with no housing contact followed within 14 days by an arrest', () => {
    const found = suggest([release, contact('a', '2020-01-24', 'police', 'Arrested for theft')]);
    expect(found).toEqual([
      {
        key: 'release-without-accommodation:r:a',
        ruleId: 'release-without-accommodation',
        contactId: 'r',
        category: 'Discharged or released with no accommodation',
        explanation:
          'Released or discharged with no Housing contact in the 14 days before or after: "Release from prison" with HMP Leeds on 10/01/2020. 14 days later: "Arrested for theft" with Police on 24/01/2020.',
      },
    ]);
  });
  it('flags a hospital stay ending in discharge, counted from its end, followed by rough sleeping even when housing recorded it', () => {
    const stay = contact('d', '2020-02-20', 'ae', 'Inpatient stay', {
      end: '2020-03-01',
      outcome: 'Discharged',
    });
    const found = suggest([
      stay,
      contact('s', '2020-03-05', 'housing', 'Street count', { outcome: 'Found rough sleeping' }),
    ]);
    expect(found.map((f) => f.key)).toEqual(['release-without-accommodation:d:s']);
    expect(found[0].explanation).toBe(
      'Released or discharged with no Housing contact in the 14 days before or after: "Inpatient stay (Discharged)" with City Hospital A&E from 20/02/2020 to 01/03/2020. ' +
        '4 days later: "Street count (Found rough sleeping)" with Housing options on 05/03/2020.',
    );
    const sentence = contact('p', '2019-06-01', 'prison', 'Custodial sentence', {
      end: '2020-01-10',
      outcome: 'Released',
    });
    expect(keys([sentence, contact('a', '2020-01-20', 'police', 'Arrest')])).toEqual([
      'release-without-accommodation:p:a',
    ]);
    expect(
      keys([
        sentence,
        contact('h', '2020-01-01', 'housing', 'Housing advice in prison'),
        contact('a', '2020-01-20', 'police', 'Arrest'),
      ]),
    ).toEqual([]);
  });
  it('does not read an A&E attendance "discharged" the same day as a discharge from hospital', () => {
    expect(
      keys([
        contact('e', '2020-03-01', 'ae', 'A&E attendance', { outcome: 'Discharged' }),
        contact('a', '2020-03-02', 'police', 'Arrest'),
      ]),
    ).toEqual([]);
  });
  it('does not flag an arrest 15 days later', () => {
    expect(keys([release, contact('a', '2020-01-25', 'police', 'Arrest')])).toEqual([]);
  });
  it('does not flag when housing saw the person within 14 days either side, and does when it was 15 days before', () => {
    const arrest = contact('a', '2020-01-20', 'police', 'Arrest');
    expect(
      keys([contact('h', '2019-12-27', 'housing', 'Housing options assessment'), release, arrest]),
    ).toEqual([]);
    expect(
      keys([release, arrest, contact('h', '2020-01-24', 'housing', 'Housing options assessment')]),
    ).toEqual([]);
    expect(
      keys([contact('h', '2019-12-26', 'housing', 'Housing options assessment'), release, arrest]),
    ).toEqual(['release-without-accommodation:r:a']);
  });
  it('does not read police "released under investigation" as a release from prison', () => {
    expect(
      keys([
        contact('c', '2020-01-10', 'police', 'Custody', { outcome: 'Released under investigation' }),
        contact('a', '2020-01-12', 'police', 'Arrest'),
      ]),
    ).toEqual([]);
  });
});

describe('failed to engage with no outreach', () => {
  const dna = contact('n', '2020-03-01', 'mh', 'Appointment', { outcome: 'Did not attend' });

  it('flags non-engagement with nothing after it', () => {
    expect(suggest([dna])).toEqual([
      {
        key: 'failed-to-engage:n',
        ruleId: 'failed-to-engage',
        contactId: 'n',
        category: "'Failure to engage' with no assertive outreach",
        explanation:
          'Non-engagement was recorded: "Appointment (Did not attend)" with CMHT on 01/03/2020. No outreach ("outreach" or Third sector services) followed within 14 days.',
      },
    ]);
    expect(
      keys([
        contact('x', '2020-03-01', 'dat', 'Key work session - DNA'),
        contact('g', '2020-03-05', 'gp', 'Appointment'),
      ]),
    ).toEqual(['failed-to-engage:x']);
  });
  it('flags when the only third-sector contact came 15 days later, not when it came 14 days later', () => {
    expect(keys([dna, contact('o', '2020-03-16', 'charity', 'Drop-in')])).toEqual(['failed-to-engage:n']);
    expect(keys([dna, contact('o', '2020-03-15', 'charity', 'Drop-in')])).toEqual([]);
  });
  it('counts an outreach contact type from any agency, and same-day outreach unless it came first', () => {
    expect(keys([dna, contact('o', '2020-03-04', 'housing', 'Outreach visit')])).toEqual([]);
    expect(keys([dna, contact('o', '2020-03-01', 'housing', 'Outreach visit')])).toEqual([]);
    const timed = contact('n', '2020-03-01T14:00', 'mh', 'Appointment', { outcome: 'No show' });
    expect(keys([timed, contact('o', '2020-03-01T09:00', 'housing', 'Outreach visit')])).toEqual([
      'failed-to-engage:n',
    ]);
  });
  it('does not read "kidnap" as DNA, and honours dismissal and a disabled rule', () => {
    expect(keys([contact('k', '2020-03-01', 'police', 'Kidnap report')])).toEqual([]);
    expect(keys([dna], {}, ['failed-to-engage:n'])).toEqual([]);
    expect(keys([dna], { 'failed-to-engage': { enabled: false } })).toEqual([]);
  });
});

describe('several cases at once', () => {
  it('keeps cases apart and orders suggestions by date within each', () => {
    const other = (c: Contact) => ({ ...c, caseId: 'other' });
    const contacts = [
      other(contact('o1', '2020-01-01', 'ae', 'A&E attendance')),
      contact('k1', '2020-01-02', 'ae', 'A&E attendance'),
      other(contact('o2', '2020-01-03', 'ae', 'A&E attendance')),
      contact('k2', '2020-01-04', 'mh', 'Assessment', { outcome: 'DNA' }),
      contact('k3', '2020-01-05', 'ae', 'A&E attendance'),
    ];
    // Across cases there are three crises in five days, but no case has three.
    expect(keys(contacts)).toEqual(['failed-to-engage:k2']);
    expect(keys([...contacts, other(contact('o3', '2019-12-15', 'mh', 'Case closed'))]).sort()).toEqual([
      'failed-to-engage:k2',
      'yo-yo:o3:o1',
    ]);
  });
});
