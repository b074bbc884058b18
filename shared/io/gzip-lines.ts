import { Gunzip, Gzip } from 'fflate';

/** About a megabyte of text per piece handed to the compressor: few calls, little held at once. */
const PIECE_CHARS = 1 << 20;

export interface LineGzip {
  push(line: string): void;
  /** The whole compressed text; nothing may be pushed after. */
  finish(): Uint8Array;
}

/**
 * Lines of text, gzipped as they come: a store of a million contacts is more text than one
 * JavaScript string can hold, so the text is never joined, only its compressed bytes are.
 */
export function lineGzip(): LineGzip {
  const compressed: Uint8Array[] = [];
  const gzip = new Gzip({ level: 6 }, (chunk) => compressed.push(chunk));
  const encoder = new TextEncoder();
  let piece: string[] = [];
  let pieceChars = 0;
  return {
    push(line) {
      piece.push(line, '\n');
      pieceChars += line.length + 1;
      if (pieceChars >= PIECE_CHARS) {
        gzip.push(encoder.encode(piece.join('')));
        piece = [];
        pieceChars = 0;
      }
    },
    finish() {
      gzip.push(encoder.encode(piece.join('')), true);
      return concatBytes(compressed);
    },
  };
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** Compressed bytes read a megabyte at a time, so at most a few megabytes of text exist at once. */
const INPUT_CHUNK = 1 << 20;

/** gzip's first two bytes. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The lines of gzipped UTF-8 text, one at a time, however large the text: decompressed and
 * decoded a chunk at a time, a character split across two chunks kept whole. A trailing empty
 * line (the text's final newline) is not yielded. Throws on bytes that are not gzip.
 */
export function* gunzipLines(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string[] = [];
  const gunzip = new Gunzip((chunk) => text.push(decoder.decode(chunk, { stream: true })));
  let carried = '';
  for (let offset = 0; offset < bytes.byteLength; offset += INPUT_CHUNK) {
    const end = Math.min(bytes.byteLength, offset + INPUT_CHUNK);
    gunzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    const pieces = text;
    text = [];
    for (const piece of pieces) {
      const lines = (carried + piece).split('\n');
      carried = lines.pop() ?? '';
      yield* lines;
    }
  }
  carried += decoder.decode();
  if (carried !== '') yield carried;
}
