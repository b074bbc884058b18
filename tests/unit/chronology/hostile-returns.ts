import { zipSync, strToU8 } from 'fflate';

/** Word XML wrapping a body, as a hostile file would forge it. */
export const wordXml = (body: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

export const docxOf = (xml: string, level: 0 | 1 | 9 = 9) =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': [strToU8(xml), { level }] });

const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
export const tableXml = (rows: string[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;

/** "Billion laughs": entities that would expand to gigabytes if a parser expanded them. */
export function entityBomb(): Uint8Array {
  const entities = [
    '<!ENTITY lol "lol">',
    ...Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ),
  ].join('');
  return docxOf(
    wordXml(
      tableXml([
        ['Date', 'Event'],
        ['01/03/2019', '&lol9;'],
      ]),
      `<!DOCTYPE w:document [${entities}]>`,
    ),
  );
}

/** A document part that inflates to far more than any return: a zip bomb that states its true size. */
let bomb: Uint8Array | null = null;
export function honestBomb(): Uint8Array {
  bomb ??= docxOf(wordXml(`<w:p><w:r><w:t>${'A'.repeat(70_000_000)}</w:t></w:r></w:p>`), 1);
  return bomb.slice();
}

/** The same, with the contents list rewritten to claim the part is small, so only a bounded inflate catches it. */
export function lyingBomb(): Uint8Array {
  const bytes = honestBomb();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 4 <= bytes.byteLength; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1_000, true);
    if (view.getUint32(i, true) === 0x04034b50 && i + 26 <= bytes.byteLength)
      view.setUint32(i + 22, 1_000, true);
  }
  return bytes;
}

/** Tables inside tables, deeper than any document nests them. */
export const deepTables = (depth: number) =>
  docxOf(wordXml(`${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`));
