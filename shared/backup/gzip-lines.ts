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

/**
 * Compressed bytes handed to the decompressor a small chunk at a time: deflate's expansion per
 * input byte is bounded, so no single step can make much text, however the file was made.
 */
const INPUT_CHUNK = 1 << 12;

/** gzip's first two bytes. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Thrown when the text would grow past its bound: the file is refused before it can fill memory. */
export class InflatedTooLarge extends Error {}

export interface GunzipBounds {
  /** The most characters one line may have. */
  maxLineChars: number;
  /** The most bytes the whole text may inflate to; may be lowered while reading (see `limit`). */
  maxBytes: number;
}

/**
 * The lines of gzipped UTF-8 text, one at a time, however large the text: decompressed and
 * decoded a small chunk at a time, a character split across two chunks kept whole. A trailing
 * empty line (the text's final newline) is not yielded. Throws on bytes that are not gzip, and
 * throws InflatedTooLarge as soon as a line or the whole text passes its bound, so a small file
 * that inflates to gigabytes (a "gzip bomb") is refused after a few megabytes. The caller may
 * tighten `bounds.maxBytes` between lines (once a header has said how much to expect).
 */
export function* gunzipLines(bytes: Uint8Array, bounds: GunzipBounds): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string[] = [];
  let inflated = 0;
  const gunzip = new Gunzip((chunk) => {
    inflated += chunk.byteLength;
    text.push(decoder.decode(chunk, { stream: true }));
  });
  let carried = '';
  const tooLong = () =>
    new InflatedTooLarge(`a line is longer than ${bounds.maxLineChars.toLocaleString('en-GB')} characters`);
  for (let offset = 0; offset < bytes.byteLength; offset += INPUT_CHUNK) {
    const end = Math.min(bytes.byteLength, offset + INPUT_CHUNK);
    gunzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    if (inflated > bounds.maxBytes)
      throw new InflatedTooLarge(`it inflates to more than ${bounds.maxBytes.toLocaleString('en-GB')} bytes`);
    const pieces = text;
    text = [];
    for (const piece of pieces) {
      const lines = (carried + piece).split('\n');
      carried = lines.pop() ?? '';
      for (const line of lines) {
        if (line.length > bounds.maxLineChars) throw tooLong();
        yield line;
      }
      if (carried.length > bounds.maxLineChars) throw tooLong();
    }
  }
  carried += decoder.decode();
  if (carried !== '') yield carried;
}
