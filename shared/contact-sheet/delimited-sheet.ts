import Papa from 'papaparse';
import { restoreNeutralised } from '../spreadsheet/spreadsheet-safety';
import { withoutTrailingEmptyCells, type SheetRow } from './sheet-grid';
import { BATCH_ROWS, type ReadProblem, type SheetSource } from './sheet-source';

/** About 10,000 rows of a typical extract. */
const CHUNK_CHARACTERS = 1 << 20;
const MAX_READ_PROBLEMS = 1_000;
/** What SheetJS calls the one sheet of a csv, so messages read the same whatever the file. */
const DELIMITED_SHEET_NAME = 'Sheet1';

/** In order of preference when two are as common. */
const DELIMITERS = [',', '\t', ';', '|'];

/**
 * The delimiter used most outside quotes in the top of the file, as SheetJS and Excel judge it.
 * papaparse's own guess weighs how evenly each splits the rows, which free text full of
 * semicolons can win; the top of an extract is mostly its header row.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text.slice(0, 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best));
}

/** papaparse streams a string in chunks as it streams a file (its StringStreamer); its typings allow chunk callbacks only for files. */
type StringChunkConfig = Papa.ParseConfig<string[]> & {
  chunkSize: number;
  chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void;
};
const parseInChunks = Papa.parse as (text: string, config: StringChunkConfig) => void;

/**
 * papaparse's chunked parse of a string, pulled one chunk at a time: it pauses itself after
 * each chunk and is resumed only when the next is asked for, so it never runs ahead of the reader.
 */
function* chunksOf(text: string, delimiter: string): Generator<Papa.ParseResult<string[]>> {
  let parser: Papa.Parser | null = null;
  let latest: Papa.ParseResult<string[]> | null = null;
  let finished = false;
  parseInChunks(text, {
    delimiter,
    chunkSize: CHUNK_CHARACTERS,
    chunk: (results, handle) => {
      latest = results;
      parser = handle;
      handle.pause();
    },
    complete: () => {
      finished = true;
    },
  });
  while (latest !== null) {
    const results: Papa.ParseResult<string[]> = latest;
    latest = null;
    yield results;
    if (finished || parser === null) return;
    (parser as Papa.Parser).resume();
  }
}

const toRow = (values: string[]): SheetRow =>
  withoutTrailingEmptyCells(
    values.map((v) => (v === '' ? null : { kind: 'text', text: restoreNeutralised(v) })),
  );

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes:
    'a quoted cell in this row is never closed, so everything after it would be read as one cell; close the quote (") or remove it',
  InvalidQuotes:
    'a quoted cell in this row has text after its closing quote ("); quote the whole cell or remove the quotes',
};

/**
 * A csv or tsv, read with papaparse (see guessDelimiter). Opening it
 * counts its rows and finds badly quoted ones in one pass; the rows are parsed again, a chunk at
 * a time, whenever they are read, so only the text is held.
 */
export function delimitedSheet(
  text: string,
  onProgress?: (done: number, total: number) => void,
): SheetSource {
  const delimiter = guessDelimiter(text);
  let rows = 0;
  let rowCount = 0;
  const readProblems: ReadProblem[] = [];
  for (const chunk of chunksOf(text, delimiter)) {
    for (const error of chunk.errors) {
      const reason = QUOTE_PROBLEMS[error.code];
      const row = rows + (error.row ?? 0) + 1;
      if (
        reason !== undefined &&
        readProblems.length < MAX_READ_PROBLEMS &&
        !readProblems.some((p) => p.row === row && p.reason === reason)
      )
        readProblems.push({ row, reason });
    }
    chunk.data.forEach((values, i) => {
      if (values.some((v) => v.trim() !== '')) rowCount = rows + i + 1;
    });
    rows += chunk.data.length;
    onProgress?.(chunk.meta.cursor, text.length);
  }
  return {
    name: DELIMITED_SHEET_NAME,
    merges: [],
    date1904: false,
    rowCount,
    readProblems,
    *batches(from) {
      let index = 0;
      for (const chunk of chunksOf(text, delimiter)) {
        const first = index;
        index += chunk.data.length;
        if (index <= from) continue;
        const wanted = chunk.data.slice(Math.max(0, from - first), Math.max(0, rowCount - first));
        for (let start = 0; start < wanted.length; start += BATCH_ROWS)
          yield wanted.slice(start, start + BATCH_ROWS).map(toRow);
        if (index >= rowCount) return;
      }
    },
  };
}
