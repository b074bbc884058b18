/**
 * Scrubbing of error text for diagnostic reports. Error messages can quote a cell, a name or a
 * note ("KENNEDY, JOHN is not a date"), so the scrubber works from an allow-list: a word with a
 * capital letter or a letter outside a-z is kept only when every part of it is a word that error
 * messages themselves use (TypeError, IndexedDB, Cannot, Row); every other such word, every
 * number, quoted text, address, path and postcode is replaced. Losing a word of a message costs
 * little; letting a surname through breaks the report's promise.
 */

/** Words (lower case) that may appear capitalised in an error message or an error's name. */
const CODE_WORDS = new Set(
  `a abort aborted access an and app are array at bad big bigint blob buffer by cannot case cell
  clone column constraint contact contacts could csv data database date decode dexie did dom
  encoding error eval exceeded exception expected failed false file for found from function gb
  id idb in index indexed input internal invalid is it item json key kb limit mb missing module
  network nhs no node not null number object of on open operation out permission project quota range
  read reference request row rows schema security sheet size storage store string syntax the
  this timeout too transaction true type uncaught undefined unexpected unknown upgrade uri url
  value version worker write xlsx xml zod zip`.split(/\s+/),
);

const REPLACERS: Array<[RegExp, string]> = [
  // Anything with an @ is an address of some kind (email, handle); nothing of it is kept.
  [/\S*@\S*/g, '[email]'],
  // Paths carry user names (/home/jsmith, C:\Users\jsmith) and file names chosen by the user.
  [/(^|[\s(])(?:[A-Za-z]:)?(?:~|\.{1,2})?[\\/]\S+/g, '$1[path]'],
  [/(["'“‘«`])(?:(?!\1)[^\n])*?(["'”’»`])/g, '[text]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]'],
  [/\d+/g, '#'],
];

function isCodeWord(word: string): boolean {
  const parts = word.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? [];
  return parts.join('') === word && parts.every((part) => CODE_WORDS.has(part.toLowerCase()));
}

/** A word is kept when it is plain lower-case a-z or made only of known code words. */
function keepWord(word: string): boolean {
  return /^[a-z]+$/.test(word) || isCodeWord(word);
}

export function scrub(text: string): string {
  const replaced = REPLACERS.reduce((t, [pattern, token]) => t.replace(pattern, token), text);
  return replaced
    .replace(/\[(?:email|path|text|postcode)\]|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu, (word) =>
      word.startsWith('[') || keepWord(word) ? word : '[word]',
    )
    .slice(0, 500);
}

const FRAME = /^at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;
const FUNCTION_NAME = /^(?:async )?(?:new )?[\w$.<>]+(?: \[as [\w$]+\])?$/;

/** The place of a frame: the app's own URLs whole, any other location only by its file name. */
function location(place: string): string {
  if (/^app:\/\/journey-mapper\//.test(place) || /^https?:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(place))
    return place.replace(/\?[^:)\s]*/g, '');
  return place.split(/[\\/]/).pop()?.replace(/\?.*$/, '') ?? '?';
}

/**
 * Stack frames keep where the code failed (function, file, line), never the message: V8 repeats
 * the message (which may span lines) before the first frame, so that text is cut off first, and
 * of what remains only lines shaped exactly like a frame are kept.
 */
export function stackFrames(stack: string | undefined, message: string): string[] {
  let body = stack ?? '';
  const at = message ? body.indexOf(message) : -1;
  if (at >= 0) body = body.slice(at + message.length);
  return body
    .split('\n')
    .map((line) => FRAME.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .slice(0, 20)
    .map(([, name, place, line, column]) => {
      const fn = name === undefined ? '' : `${FUNCTION_NAME.test(name) ? name : '?'} (`;
      return `at ${fn}${location(place ?? '')}:${line}:${column}${name === undefined ? '' : ')'}`;
    });
}
