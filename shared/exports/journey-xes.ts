import { penceToPoundsText, roundToPenny } from '../costing/money';
import {
  earliestDay,
  formatDateAsWritten,
  hasTime,
  isExactDate,
  periodOf,
  type LocalDateTime,
} from '../model';
import { costedCases, type JourneyExportInput } from './journey-export-input';

/** XML 1.0 forbids most control characters even when escaped; free text from records can hold them. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attribute = (type: string, key: string, value: string) =>
  `<${type} key="${escapeXml(key)}" value="${escapeXml(value)}"/>`;

/**
 * Records hold UK wall-clock times without a zone, and xs:dateTime allows the zone to be left out.
 * Every timestamp is written without one, timed or not: a fixed +00:00 would put summer (BST)
 * contacts an hour out, a computed +01:00 would move date-only contacts (midnight) to the day
 * before in UTC, and one log must not mix the two: Python (PM4Py) refuses to compare them.
 * OpenXES (ProM) reads a zoneless time in the reader's own zone, which for UK analysts is right.
 */
function timestamp(value: LocalDateTime): string {
  // An approximate date has no one instant: the log gets its earliest (00:00 on its first day)
  // and the event carries the date as written in date:as_written.
  if (!isExactDate(value)) return `${periodOf(value).first}T00:00:00.000`;
  return `${value.slice(0, 10)}T${hasTime(value) ? value.slice(11, 16) : '00:00'}:00.000`;
}

/**
 * The journeys as an IEEE 1849-2016 XES event log, for process-mining tools (ProM, PM4Py,
 * Disco): one trace per case, one event per contact in date order, with the agency as the
 * resource and the contact's cost at the price base as cost:total (left out, not 0, when uncosted).
 */
export function journeyXes(input: JourneyExportInput): string {
  const agencies = new Map(input.project.agencies.map((a) => [a.id, a.name]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '  <extension name="Cost" prefix="cost" uri="http://www.xes-standard.org/cost.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '  <global scope="trace">' + attribute('string', 'concept:name', '') + '</global>',
    '  <global scope="event">' +
      attribute('string', 'concept:name', '') +
      attribute('date', 'time:timestamp', '1970-01-01T00:00:00.000') +
      attribute('string', 'org:resource', '') +
      attribute('string', 'lifecycle:transition', 'complete') +
      '</global>',
    '  <classifier name="Contact type" keys="concept:name"/>',
    '  <classifier name="Contact type and transition" keys="concept:name lifecycle:transition"/>',
    '  <classifier name="Agency and contact type" keys="org:resource concept:name"/>',
    `  ${attribute('string', 'concept:name', `Journey Mapper journeys at ${input.basis.priceBase} prices`)}`,
  ];
  for (const { case: theCase, totals } of costedCases(input)) {
    lines.push(
      '  <trace>',
      `    ${attribute('string', 'concept:name', theCase.pseudonym)}`,
      `    ${attribute('string', 'case:id', theCase.id)}`,
    );
    const contacts = input.project.contacts
      .filter((c) => c.caseId === theCase.id)
      .sort((a, b) => earliestDay(a.start) - earliestDay(b.start) || a.id.localeCompare(b.id));
    for (const contact of contacts) {
      const cost = totals.contactCosts.get(contact.id);
      const event = [
        attribute('string', 'concept:name', contact.contactType),
        attribute('date', 'time:timestamp', timestamp(contact.start)),
        ...(isExactDate(contact.start)
          ? []
          : [attribute('string', 'date:as_written', formatDateAsWritten(contact.start))]),
        attribute('string', 'org:resource', agencies.get(contact.agencyId) ?? ''),
        attribute('string', 'lifecycle:transition', 'complete'),
        ...(cost !== undefined && cost.status !== 'uncosted'
          ? [
              attribute('float', 'cost:total', penceToPoundsText(roundToPenny(cost.amount))),
              attribute('string', 'cost:currency', 'GBP'),
            ]
          : []),
        attribute('boolean', 'missed_opportunity', contact.missedOpportunity === null ? 'false' : 'true'),
        ...(contact.missedOpportunity === null
          ? []
          : [attribute('string', 'missed_opportunity:category', contact.missedOpportunity.category)]),
      ];
      lines.push(`    <event>${event.join('')}</event>`);
    }
    lines.push('  </trace>');
  }
  lines.push('</log>', '');
  return lines.join('\n');
}
