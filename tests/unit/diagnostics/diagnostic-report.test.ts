import { describe, expect, it } from 'vitest';
import { diagnosticReport, scrub } from '../../../shared/diagnostics/diagnostic-report';

describe('diagnostic report', () => {
  it('keeps what failed and where, and nothing about any person', () => {
    const error = new Error(`"John Smith" at 14 Acacia Avenue, SW1A 1AA, NHS 943 476 5919, john.smith@example.org is not a date`);
    error.stack = `Error: "John Smith" at 14 Acacia Avenue\n    at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)\n    at checkContactRows (app://journey-mapper/assets/index-abc.js:1:9999)`;
    const report = diagnosticReport({
      error, where: 'import', appVersion: '0.1.0', platform: 'electron', userAgent: 'Chrome/140', schemaVersion: 2, counts: { cases: 3, contacts: 812 }, at: '2026-11-25T10:00:00.000Z',
    });
    for (const identifier of ['John', 'Smith', 'Acacia', 'SW1A', '943', '5919', 'example.org']) expect(report).not.toContain(identifier);
    const parsed = JSON.parse(report);
    expect(parsed.error.message).toBe('[text] at # [name], [postcode], NHS # # #, [email] is not a date');
    expect(parsed.error.stack).toEqual(['at readDateCell (app://journey-mapper/assets/index-abc.js:1:2345)', 'at checkContactRows (app://journey-mapper/assets/index-abc.js:1:9999)']);
    expect(parsed.store).toEqual({ cases: 3, contacts: 812 });
  });

  it('scrubs quoted values of any kind and caps the length', () => {
    expect(scrub("can't read ‘R. Patel’ in row 7")).toBe('can[text] in row #');
    expect(scrub('x'.repeat(1000))).toHaveLength(500);
  });
});
