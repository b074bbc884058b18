import { Inflate } from 'fflate';
import { zipExpandedSize } from '../spreadsheet/zip-size';

/** A Word document is a zip; its text is in this part. */
export const DOCUMENT_PART = 'word/document.xml';

/** Far more than a chronology return ever holds, so only a hostile or broken file reaches it; beyond it, the file is refused. */
export const MAX_DOCUMENT_XML_BYTES = 64_000_000;
/** What the whole package may say it expands to (pictures and all). */
export const MAX_PACKAGE_BYTES = 500_000_000;
/** Compressed bytes handed to the decompressor at a time: deflate's expansion per byte is bounded, so no step makes much. */
const INPUT_CHUNK = 1 << 12;

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export type DocumentXmlRead = { ok: true; xml: string } | { ok: false; reason: string };

interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

function findEntry(bytes: Uint8Array, wanted: string): ZipEntry | null | 'damaged' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'damaged';
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_FILE_HEADER)
      return 'damaged';
    const nameLength = view.getUint16(offset + 28, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name === wanted)
      return {
        method: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        localHeader: view.getUint32(offset + 42, true),
      };
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return null;
}

/** Inflates a part a small chunk at a time and stops as soon as it passes the bound, whatever its header claimed. */
function inflateBounded(compressed: Uint8Array, limit: number): Uint8Array | 'too large' | 'damaged' {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.byteLength;
    if (total > limit) tooLarge = true;
    else parts.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.byteLength && !tooLarge; at += INPUT_CHUNK) {
      inflate.push(compressed.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= compressed.byteLength);
    }
  } catch {
    return 'damaged';
  }
  if (tooLarge) return 'too large';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * The document part of a .docx, read without trusting the file: the zip's declared sizes are
 * checked first, then the part is inflated against a hard bound, so a zip bomb (even one whose
 * contents list lies about its sizes) is refused after a few megabytes of work.
 */
export function readDocumentXml(bytes: Uint8Array): DocumentXmlRead {
  const expanded = zipExpandedSize(bytes);
  if (expanded === null)
    return {
      ok: false,
      reason:
        'the file is damaged: it looks like a Word document but its contents list is missing (was it cut short?)',
    };
  if (expanded > MAX_PACKAGE_BYTES)
    return {
      ok: false,
      reason: `the file would expand to ${Math.round(expanded / 1_000_000).toLocaleString('en-GB')} MB; the most a return may be is ${MAX_PACKAGE_BYTES / 1_000_000} MB`,
    };
  const entry = findEntry(bytes, DOCUMENT_PART);
  if (entry === 'damaged')
    return { ok: false, reason: 'the file is damaged: its contents list cannot be read' };
  if (entry === null)
    return { ok: false, reason: 'is a zip but not a Word document (it has no word/document.xml)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    entry.localHeader + 30 > bytes.byteLength ||
    view.getUint32(entry.localHeader, true) !== LOCAL_FILE_HEADER
  )
    return {
      ok: false,
      reason: 'the file is damaged: the document part cannot be found where its contents list says',
    };
  const start =
    entry.localHeader +
    30 +
    view.getUint16(entry.localHeader + 26, true) +
    view.getUint16(entry.localHeader + 28, true);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.byteLength)
    return { ok: false, reason: 'the file is damaged: it was cut short inside the document part' };
  let raw: Uint8Array | 'too large' | 'damaged';
  if (entry.method === 0) raw = compressed.byteLength > MAX_DOCUMENT_XML_BYTES ? 'too large' : compressed;
  else if (entry.method === 8) raw = inflateBounded(compressed, MAX_DOCUMENT_XML_BYTES);
  else
    return {
      ok: false,
      reason: `the document part is compressed in a way Word does not use (method ${entry.method})`,
    };
  if (raw === 'too large')
    return {
      ok: false,
      reason: `the document's text would expand past ${MAX_DOCUMENT_XML_BYTES / 1_000_000} MB; the file is refused as a possible zip bomb`,
    };
  if (raw === 'damaged')
    return { ok: false, reason: 'the file is damaged: its compressed contents cannot be read' };
  try {
    return { ok: true, xml: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, reason: 'the document part is not UTF-8 text' };
  }
}
