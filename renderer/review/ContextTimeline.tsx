import { earliestDay, formatDateAsWritten } from '../../shared/model';
import type { MissedOpportunitySlide } from '../../shared/review/review-slides';
import { CONTEXT_DAYS } from '../../shared/review/review-slides';

const WIDTH = 1100;
const LANE = 34;
const LABELS = 180;

/** The journey around one missed opportunity, centred on it: one lane per agency, 90 days either side. */
export function ContextTimeline({ slide }: { slide: MissedOpportunitySlide }) {
  const centre = earliestDay(slide.start);
  const contacts = [
    ...slide.before,
    {
      contactId: slide.contactId,
      start: slide.start,
      agency: slide.agency,
      contactType: slide.contactType,
      missed: true,
    },
    ...slide.after,
  ];
  const lanes = [...new Set(contacts.map((c) => c.agency))];
  const x = (start: string) =>
    LABELS + ((earliestDay(start) - centre + CONTEXT_DAYS) / (2 * CONTEXT_DAYS)) * (WIDTH - LABELS - 20);
  const height = lanes.length * LANE + 30;
  return (
    <svg
      className="context-timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Contacts in the ${CONTEXT_DAYS} days either side of ${formatDateAsWritten(slide.start)}`}
    >
      {lanes.map((lane, i) => (
        <g key={lane}>
          <rect x={0} y={i * LANE} width={WIDTH} height={LANE} fill={i % 2 === 0 ? '#f6f7f9' : '#ffffff'} />
          <text x={8} y={i * LANE + 22} fontSize={16} fill="#1b1f24">
            {lane}
          </text>
        </g>
      ))}
      <line
        x1={x(slide.start)}
        x2={x(slide.start)}
        y1={0}
        y2={lanes.length * LANE}
        stroke="#b3261e"
        strokeWidth={2}
        strokeDasharray="6 4"
      />
      <text x={LABELS} y={height - 8} fontSize={14} fill="#5b6470">
        {CONTEXT_DAYS} days before
      </text>
      <text x={WIDTH - 20} y={height - 8} fontSize={14} fill="#5b6470" textAnchor="end">
        {CONTEXT_DAYS} days after
      </text>
      {contacts.map((c) => {
        const cy = lanes.indexOf(c.agency) * LANE + LANE / 2;
        const cx = x(c.start);
        return c.missed ? (
          <path
            key={c.contactId}
            d={`M${cx},${cy - 10} L${cx + 10},${cy} L${cx},${cy + 10} L${cx - 10},${cy} Z`}
            fill="#b3261e"
            stroke="#fff"
            strokeWidth={2}
          >
            <title>{`${formatDateAsWritten(c.start)} ${c.agency}: ${c.contactType} (missed opportunity)`}</title>
          </path>
        ) : (
          <circle key={c.contactId} cx={cx} cy={cy} r={7} fill="#0b5cad" stroke="#fff" strokeWidth={2}>
            <title>{`${formatDateAsWritten(c.start)} ${c.agency}: ${c.contactType}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}
