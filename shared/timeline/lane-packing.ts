/**
 * The rules that decide what a lane draws at one time scale, as pure functions over numbers:
 * nothing here moves a contact from its date, it only decides how much is written there.
 */

/** Marks row index for an item that got no row of cards. */
export const NO_ROW = -1;

/**
 * Packs items (in start order) into at most maxRows rows by their real extent: an item goes into
 * the first row whose last item ends, with `gap` to spare, at or before the item's left edge x.
 * Items that fit no row get NO_ROW. Returns each item's row and how many rows were used.
 */
export function packRows(
  xs: ArrayLike<number>,
  widths: ArrayLike<number>,
  maxRows: number,
  gap: number,
): { rows: Int8Array; rowsUsed: number; overflow: number } {
  const rows = new Int8Array(xs.length);
  const rowEnd = new Float64Array(Math.max(0, maxRows)).fill(-Infinity);
  let rowsUsed = 0;
  let overflow = 0;
  for (let i = 0; i < xs.length; i += 1) {
    let row = NO_ROW;
    for (let r = 0; r < maxRows; r += 1) {
      if (rowEnd[r] + gap <= xs[i]) {
        row = r;
        break;
      }
    }
    rows[i] = row;
    if (row === NO_ROW) overflow += 1;
    else {
      rowEnd[row] = xs[i] + widths[i];
      rowsUsed = Math.max(rowsUsed, row + 1);
    }
  }
  return { rows, rowsUsed, overflow };
}

/**
 * Groups marks (centres in order) that chain closer than mergePx into one aggregate. Returns the
 * index where each group starts, and one past the last, so group g is starts[g]..starts[g + 1].
 */
export function groupMarks(centres: ArrayLike<number>, mergePx: number): Int32Array {
  const starts: number[] = [];
  for (let i = 0; i < centres.length; i += 1)
    if (i === 0 || centres[i] - centres[i - 1] >= mergePx) starts.push(i);
  starts.push(centres.length);
  return Int32Array.from(starts);
}

/**
 * Which marks have their label written: a label goes right of its mark (after `gap`) and is
 * written only if all of it ends, with `gap` to spare, before the next group's left edge (or
 * `limit`). Groups are given by their left and right edges; a group of several has no label.
 */
export function placeMarkLabels(
  lefts: ArrayLike<number>,
  rights: ArrayLike<number>,
  labelWidths: ArrayLike<number>,
  single: ArrayLike<boolean>,
  gap: number,
  limit = Infinity,
): Uint8Array {
  const shown = new Uint8Array(lefts.length);
  for (let g = 0; g < lefts.length; g += 1) {
    if (!single[g] || labelWidths[g] <= 0) continue;
    const next = g + 1 < lefts.length ? lefts[g + 1] : limit;
    shown[g] = rights[g] + gap + labelWidths[g] + gap <= next ? 1 : 0;
  }
  return shown;
}

/** How many lines a text of these word widths needs at `width` px, wrapped at spaces. */
export function wrappedLines(wordWidths: readonly number[], spaceWidth: number, width: number): number {
  let lines = 1;
  let line = 0;
  for (const word of wordWidths) {
    const next = line === 0 ? word : line + spaceWidth + word;
    if (next > width && line > 0) {
      lines += 1;
      line = word;
    } else line = next;
    // A word wider than the line is broken across lines (overflow-wrap: anywhere).
    while (line > width) {
      lines += 1;
      line -= width;
    }
  }
  return lines;
}
