import { XMLParser } from 'fast-xml-parser';

/**
 * The tables of a Word document's body, read with a real XML parser (fast-xml-parser) with
 * entity expansion off: a return is an untrusted file, and an entity declaration in it ("billion
 * laughs") must stay the literal text it is. Only the five predefined entities and numeric
 * character references, which Word itself writes, are decoded.
 */

/** One cell as Word lays it out: its text, how many grid columns it spans, and whether it continues a vertical merge. */
interface WordCell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge, 'continue' carries on the one above it. */
  verticalMerge: 'restart' | 'continue' | null;
  holdsTable: boolean;
}

interface WordRow {
  cells: WordCell[];
  /** Word's "repeat as header row at the top of each page". */
  repeatsAsHeader: boolean;
}

/** A table as the document holds it, before header and spacer rows are told apart. */
export interface WordTable {
  /** 1 is the document's first table. */
  number: number;
  /** The paragraphs between the previous table (or the start) and this one, as text. */
  linesAbove: string[];
  /** Every row as a grid of text: merged cells laid out over the columns they cover. */
  rows: Array<{ cells: string[]; repeatsAsHeader: boolean }>;
  /** Rows (1 is the table's first) holding a table inside a cell, and in which column. */
  nestedTables: Array<{ row: number; column: number }>;
}

type XmlNode = Record<string, unknown>;

/** Element nesting no real document reaches; past it the file is refused rather than walked. */
export const MAX_XML_DEPTH = 256;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return PREDEFINED[name] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

const tagOf = (node: XmlNode): string | null => Object.keys(node).find((k) => k !== ':@') ?? null;
const childrenOf = (node: XmlNode, tag: string): XmlNode[] =>
  Array.isArray(node[tag]) ? (node[tag] as XmlNode[]) : [];
const attribute = (node: XmlNode, name: string): string | undefined => {
  const attributes = node[':@'] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : undefined;
};

function firstChild(node: XmlNode, tag: string, wanted: string): XmlNode | undefined {
  return childrenOf(node, tag).find((child) => tagOf(child) === wanted);
}

/** The text of a paragraph or cell: runs' text, tabs as spaces, breaks as new lines; deleted text and nested tables left out. */
function textOf(node: XmlNode, out: string[], depth: number): void {
  const tag = tagOf(node);
  if (tag === null || depth > MAX_XML_DEPTH) return;
  if (tag === '#text') return;
  if (tag === 'w:t') {
    for (const child of childrenOf(node, tag))
      if (typeof child['#text'] === 'string' || typeof child['#text'] === 'number')
        out.push(decodeEntities(String(child['#text'])));
    return;
  }
  if (tag === 'w:tab') out.push(' ');
  else if (tag === 'w:br' || tag === 'w:cr') out.push('\n');
  else if (tag === 'w:delText' || tag === 'w:tbl' || tag === 'w:instrText') return;
  for (const child of childrenOf(node, tag)) textOf(child, out, depth + 1);
}

function paragraphsText(nodes: XmlNode[], depth: number): string {
  const paragraphs: string[] = [];
  for (const child of nodes) {
    if (tagOf(child) !== 'w:p') continue;
    const parts: string[] = [];
    textOf(child, parts, depth);
    paragraphs.push(parts.join(''));
  }
  return paragraphs
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function holdsTable(node: XmlNode, depth: number): boolean {
  const tag = tagOf(node);
  if (tag === null || depth > MAX_XML_DEPTH) return false;
  if (tag === 'w:tbl') return true;
  return childrenOf(node, tag).some((child) => holdsTable(child, depth + 1));
}

function readCell(tc: XmlNode, depth: number): WordCell {
  const properties = firstChild(tc, 'w:tc', 'w:tcPr');
  const gridSpan = properties === undefined ? undefined : firstChild(properties, 'w:tcPr', 'w:gridSpan');
  const vMerge = properties === undefined ? undefined : firstChild(properties, 'w:tcPr', 'w:vMerge');
  const span = Math.min(
    64,
    Math.max(
      1,
      Number.parseInt(gridSpan === undefined ? '1' : (attribute(gridSpan, 'w:val') ?? '1'), 10) || 1,
    ),
  );
  const children = childrenOf(tc, 'w:tc');
  return {
    text: paragraphsText(children, depth + 1),
    span,
    verticalMerge:
      vMerge === undefined ? null : attribute(vMerge, 'w:val') === 'restart' ? 'restart' : 'continue',
    holdsTable: children.some((child) => holdsTable(child, depth + 1)),
  };
}

/** Cells inside content controls (w:sdt) and custom XML sit one level down; Word shows them as ordinary cells. */
function cellNodes(row: XmlNode[], depth: number): XmlNode[] {
  if (depth > MAX_XML_DEPTH) return [];
  return row.flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'w:tc') return [child];
    if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')
      return cellNodes(childrenOf(child, tag), depth + 1);
    return [];
  });
}

function rowNodes(table: XmlNode[], depth: number): XmlNode[] {
  if (depth > MAX_XML_DEPTH) return [];
  return table.flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'w:tr') return [child];
    if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')
      return rowNodes(childrenOf(child, tag), depth + 1);
    return [];
  });
}

function readRow(tr: XmlNode, depth: number): WordRow {
  const children = childrenOf(tr, 'w:tr');
  const properties = children.find((c) => tagOf(c) === 'w:trPr');
  const header = properties === undefined ? undefined : firstChild(properties, 'w:trPr', 'w:tblHeader');
  const off = header === undefined ? true : ['0', 'false', 'off'].includes(attribute(header, 'w:val') ?? '');
  return {
    cells: cellNodes(children, depth + 1).map((tc) => readCell(tc, depth + 1)),
    repeatsAsHeader: header !== undefined && !off,
  };
}

/** Lays merged cells out on the grid: a cell spanning columns fills the first and leaves the rest empty; a vertical merge repeats the text it continues. */
function layOut(number: number, linesAbove: string[], rows: WordRow[]): WordTable {
  const nestedTables: WordTable['nestedTables'] = [];
  const above: string[] = [];
  const laidOut = rows.map((row, r) => {
    const cells: string[] = [];
    for (const cell of row.cells) {
      const column = cells.length;
      if (cell.holdsTable) nestedTables.push({ row: r + 1, column });
      cells.push(cell.verticalMerge === 'continue' ? (above[column] ?? '') : cell.text);
      for (let extra = 1; extra < cell.span; extra += 1) cells.push('');
    }
    cells.forEach((text, c) => {
      above[c] = text;
    });
    return { cells, repeatsAsHeader: row.repeatsAsHeader };
  });
  return { number, linesAbove, rows: laidOut, nestedTables };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  maxNestedTags: MAX_XML_DEPTH,
});

export type WordTablesRead = { ok: true; tables: WordTable[] } | { ok: false; reason: string };

/** Every top-level table of the document body, in order, with the lines of text above each. */
export function readWordTables(xml: string): WordTablesRead {
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(xml) as XmlNode[];
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // The parser stops at MAX_XML_DEPTH (or the stack does first): nesting no document has.
    const deep = error instanceof RangeError || message.includes('nested tags');
    return {
      ok: false,
      reason: deep
        ? 'the document is nested too deeply to be a Word document'
        : `the document's XML cannot be read (${message.split('\n')[0] || 'unknown error'})`,
    };
  }
  const document = parsed.find((n) => tagOf(n) === 'w:document');
  const body = document === undefined ? undefined : firstChild(document, 'w:document', 'w:body');
  if (body === undefined)
    return { ok: false, reason: 'is not a Word document (its document part has no body)' };
  const tables: WordTable[] = [];
  let linesAbove: string[] = [];
  for (const block of childrenOf(body, 'w:body')) {
    const tag = tagOf(block);
    if (tag === 'w:p') {
      const parts: string[] = [];
      textOf(block, parts, 1);
      const line = parts
        .join('')
        .replace(/[ \t]+/g, ' ')
        .trim();
      if (line !== '') linesAbove.push(line);
    } else if (tag === 'w:tbl') {
      const rows = rowNodes(childrenOf(block, 'w:tbl'), 2).map((tr) => readRow(tr, 3));
      tables.push(layOut(tables.length + 1, linesAbove, rows));
      linesAbove = [];
    }
  }
  return { ok: true, tables };
}
