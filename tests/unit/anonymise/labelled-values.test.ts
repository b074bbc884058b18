import { describe, expect, it } from 'vitest';
import { scanText, type TextContext } from '../../../shared/anonymise/scan-text';

const context: TextContext = { knownNames: [], staffNames: [], notNames: new Set(), offsetDays: 7 * 40 };
const scan = (text: string) => scanText(text, context).text;

describe('a value after a label is redacted whatever its shape, up to the end of the value', () => {
  it.each([
    [
      'a word that cannot be part of a code',
      'NI number QQ 12 34 56 C came through unchanged',
      'NI number [NI NUMBER] came through unchanged',
    ],
    ['a comma', 'NI no: qq 12 34 56 c, written in lower case', 'NI no: [NI NUMBER], written in lower case'],
    ['a semicolon', 'N.I. number - QQ-12-34-56-C; claim pending', 'N.I. number - [NI NUMBER]; claim pending'],
    ['a full stop before a space', 'NINO=QQ123456C. Claim closed.', 'NINO=[NI NUMBER]. Claim closed.'],
    ['the end of the text', 'nhs no. 123 456 7890', 'nhs no. [NHS NUMBER]'],
    ['a closing bracket it did not open', 'Tel: (01332) 200300 (home)', 'Tel: [PHONE] (home)'],
    [
      'a line end',
      'address: the flat above the chip shop\nSeen on the street',
      'address: [ADDRESS]\nSeen on the street',
    ],
    [
      'a dash between spaces',
      'custody number: CU 2231 20 – held overnight',
      'custody number: [REFERENCE] – held overnight',
    ],
    ['the next label', 'NINO QQ123456C NHS no 123 456 7890', 'NINO [NI NUMBER] NHS no [NHS NUMBER]'],
    ['a word that cannot be part of a date', 'DOB 14th Feb 88 per her ID', 'DOB [DATE OF BIRTH] per her ID'],
    [
      'a word after a prison number',
      'prison no A 1234 BC at HMP Foston',
      'prison no [REFERENCE] at HMP Foston',
    ],
    ['a colon before a space', 'mobile no 0770 090 04: rang twice', 'mobile no [PHONE]: rang twice'],
    [
      'a closing quote',
      'gave NI number "QQ 12 34 56 C" at the desk',
      'gave NI number "[NI NUMBER]" at the desk',
    ],
    ['a comma after free text', 'email: kez at example dot com, not checked', 'email: [EMAIL], not checked'],
  ])('ends at %s', (_, text, expected) => {
    expect(scan(text)).toBe(expected);
  });

  it('counts each labelled value once, as the kind its label names', () => {
    expect(
      scanText(
        'NI number QQ 12 34 56 C; mobile no 0770 090 04; postcode ne1 4st; PNC ID: 2019/0044511B',
        context,
      ).found,
    ).toEqual({ 'ni-number': 1, phone: 1, postcode: 1, reference: 1 });
  });

  it.each([
    'The address was not suitable for a tag.',
    'Address: unknown. Address - no fixed abode.',
    'She rang her phone 3 times and her mobile phone was stolen.',
    'DOB not given; NHS 111 advised; the NI number was not recorded.',
    'Prison number unknown; PNC checks completed.',
    'Post code lottery for detox beds.',
  ])('leaves a label with no value alone: %s', (text) => {
    expect(scan(text)).toBe(text);
  });
});

describe('postcodes in lower case', () => {
  it('are redacted whole, with or without a label; an ordinal is not a postcode', () => {
    expect(scan('letter returned from ne1 4st, not known there')).toBe(
      'letter returned from [POSTCODE], not known there',
    );
    expect(scan('postcode ne1 4st')).toBe('postcode [POSTCODE]');
    expect(scan('NE1 1ST')).toBe('[POSTCODE]');
    expect(scan('moved to room b2 1st floor')).toBe('moved to room b2 1st floor');
  });
});
