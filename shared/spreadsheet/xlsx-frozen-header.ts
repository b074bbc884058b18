import * as XLSX from 'xlsx';

const FROZEN_PANE =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

/**
 * Freezes the header row of the given sheets (1-based positions) in xlsx bytes. SheetJS community
 * edition writes no panes, so the sheet XML is patched in the zip it wrote: its <sheetView> is
 * always the single empty element matched here.
 */
export function freezeHeaderRows(xlsx: Uint8Array, sheetNumbers: number[]): Uint8Array {
  const zip = XLSX.CFB.read(xlsx, { type: 'array' });
  for (const n of sheetNumbers) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${n}.xml`);
    if (entry === null || entry.content === undefined) throw new Error(`the workbook has no sheet ${n}`);
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const patched = xml.replace(/<sheetView workbookViewId="0"\/>/, FROZEN_PANE);
    if (patched === xml) throw new Error(`sheet ${n} has no plain sheet view to freeze`);
    entry.content = new TextEncoder().encode(patched) as unknown as typeof entry.content;
    entry.size = (entry.content as Uint8Array).length;
  }
  return new Uint8Array(
    XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer,
  );
}
