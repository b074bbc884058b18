import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatUkDate } from '../model';
import { CHRONOLOGY_HEADERS, chronologyCells, type IntegratedChronology } from './integrated-chronology';

/** Column widths in fiftieths of a percent of the landscape page: the narrative columns get the room. */
const COLUMN_WIDTHS = [10, 12, 30, 20, 18, 10];
const GAP_SHADE = 'D9D9D9';
const HEADER_SHADE = 'BFBFBF';

/** A cell's text, its line breaks kept as Word line breaks. */
function lines(text: string, bold = false): Paragraph[] {
  const parts = text.split('\n');
  return [
    new Paragraph({
      children: parts.map((part, i) => new TextRun({ text: part, bold, break: i > 0 ? 1 : undefined })),
    }),
  ];
}

function row(cells: string[], options: { header?: boolean; shade?: string } = {}): TableRow {
  return new TableRow({
    tableHeader: options.header === true,
    cantSplit: true,
    children: cells.map(
      (text, i) =>
        new TableCell({
          width: { size: COLUMN_WIDTHS[i], type: WidthType.PERCENTAGE },
          shading:
            options.shade === undefined
              ? undefined
              : { type: ShadingType.CLEAR, fill: options.shade, color: 'auto' },
          children: lines(text, options.header === true),
        }),
    ),
  });
}

function titleBlock(chronology: IntegratedChronology, producedOn: string): Paragraph[] {
  const returns =
    chronology.returns.length === 0
      ? ['None: the contacts were entered or imported directly.']
      : chronology.returns.map(
          (r) =>
            `${r.agency}: ${r.fileName}, received ${formatUkDate(r.receivedOn)}, ${r.rowCount} ${r.rowCount === 1 ? 'row' : 'rows'}`,
        );
  const labelled = (label: string, value: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Integrated chronology')] }),
    labelled('Subject', chronology.pseudonym),
    labelled(
      'Period',
      chronology.period === null ? 'no contacts' : `${chronology.period.from} to ${chronology.period.to}`,
    ),
    labelled('Produced', formatUkDate(producedOn)),
    labelled('Anonymised', chronology.anonymised ? 'yes' : 'no'),
    labelled('Returns used', returns.length === 1 ? returns[0] : ''),
    ...(returns.length === 1
      ? []
      : returns.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }))),
    new Paragraph({
      children: [
        new TextRun({ text: 'Shaded rows are periods in which no agency had any contact.', italics: true }),
      ],
    }),
  ];
}

/**
 * The integrated chronology as a landscape Word document (made with the docx package): a title
 * block, then one table row per contact in date order, gaps as shaded rows, the header row
 * repeated on every page, and page numbers in the footer.
 */
export async function chronologyDocx(
  chronology: IntegratedChronology,
  producedOn: string,
): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row([...CHRONOLOGY_HEADERS], { header: true, shade: HEADER_SHADE }),
      ...chronology.rows.map((r) => row(chronologyCells(r), r.kind === 'gap' ? { shade: GAP_SHADE } : {})),
    ],
  });
  const document = new Document({
    creator: 'Journey Mapper',
    title: `Integrated chronology: ${chronology.pseudonym}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [...titleBlock(chronology, producedOn), table],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
