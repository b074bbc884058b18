/// <reference lib="webworker" />
import { checkContactSheet, openContactWorkbook, previewOf } from '../../shared/io/contact-sheet/contact-sheet-import';
import { problemRowsCsv } from '../../shared/io/contact-sheet/problem-rows';
import type { SheetGrid } from '../../shared/io/contact-sheet/sheet-grid';
import type { FromSheetWorker, ToSheetWorker } from './contact-sheet-protocol';

/** Keeps the opened workbook here, so the screen only ever holds previews of large sheets. */
let sheets: SheetGrid[] = [];
const reply = (message: FromSheetWorker) => self.postMessage(message);

function sheetAt(index: number): SheetGrid {
  const grid = sheets[index];
  if (grid === undefined) throw new Error(`there is no sheet ${index + 1}`);
  return grid;
}

self.onmessage = (event: MessageEvent<ToSheetWorker>) => {
  const message = event.data;
  try {
    switch (message.kind) {
      case 'open': {
        const workbook = openContactWorkbook(message.bytes, message.fileName);
        sheets = workbook.ok ? workbook.sheets : [];
        reply({ kind: 'opened', workbook: workbook.ok ? { ok: true, sheets: sheets.map(previewOf) } : workbook });
        return;
      }
      case 'check':
        reply({ kind: 'checked', check: checkContactSheet(sheetAt(message.sheetIndex), message.settings, message.fileName, (done, total) => reply({ kind: 'progress', done, total })) });
        return;
      case 'problem rows':
        reply({ kind: 'problem rows', csv: problemRowsCsv(sheetAt(message.sheetIndex), message.headerRow, message.problems) });
        return;
    }
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
