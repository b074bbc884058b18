import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';

/** A cell of a return's table: text, or text spanning columns, merged down, or holding a table of its own. */
export type ReturnCell =
  string | { text: string; span?: number; merge?: 'restart' | 'continue'; table?: string[][] };

export interface ReturnTableSpec {
  /** Lines of text above the table: a title block such as "Agency: Cleveland Police". */
  above: string[];
  rows: ReturnCell[][];
  /** Rows marked "repeat as header row at the top of each page", by index. */
  headerRows?: number[];
}

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

function cell(spec: ReturnCell): TableCell {
  const c = typeof spec === 'string' ? { text: spec } : spec;
  const inner =
    c.table === undefined
      ? []
      : [
          new Table({
            rows: c.table.map(
              (r) => new TableRow({ children: r.map((t) => new TableCell({ children: [paragraph(t)] })) }),
            ),
          }),
        ];
  return new TableCell({
    columnSpan: c.span,
    verticalMerge:
      c.merge === 'restart'
        ? VerticalMergeType.RESTART
        : c.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    children: [
      paragraph(c.merge === 'continue' ? '' : c.text),
      ...inner,
      ...(inner.length > 0 ? [paragraph('')] : []),
    ],
  });
}

/** A Word document as agencies return chronologies: title lines, then a table, perhaps several. Made with the docx package, as Word would save it. */
export async function returnDocx(tables: ReturnTableSpec[]): Promise<Uint8Array> {
  const children = tables.flatMap((t) => [
    ...t.above.map(paragraph),
    new Table({
      rows: t.rows.map(
        (r, i) => new TableRow({ tableHeader: t.headerRows?.includes(i) ?? false, children: r.map(cell) }),
      ),
    }),
    paragraph(''),
  ]);
  const document = new Document({ creator: 'Journey Mapper samples', sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
