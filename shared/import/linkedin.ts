/**
 * LinkedIn's Connections.csv (from "Get a copy of your data"): a byte-order mark, a few preamble
 * lines, then the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`,
 * CRLF line ends, quoted fields, dates like "24 Aug 2023". Pure: text or bytes in, validated
 * people (or an InputError naming line and column) out; nothing is written here.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { InputError, type InputProblem } from '../errors';
import { IsoDate, RequiredText, ShortText, WebUrl } from '../schemas';
import { checkSize, decodeUtf8 } from '../safeJson';
import { issueSentence } from '../problemSentences';
import { PROGRESS_EVERY, type OnProgress } from './progress';

export const MAX_LINKEDIN_BYTES = 10_000_000;
export const MAX_LINKEDIN_ROWS = 50_000;
const WHAT = 'This LinkedIn file';

/** The columns we read, by their header name in the export. */
export const COLUMNS = {
  firstName: 'First Name',
  lastName: 'Last Name',
  url: 'URL',
  email: 'Email Address',
  company: 'Company',
  position: 'Position',
  connectedOn: 'Connected On',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['firstName', 'lastName', 'url', 'company', 'position', 'connectedOn'];

/** One connection, as it becomes a person. */
export const LinkedInConnection = z.strictObject({
  name: RequiredText,
  role: ShortText,
  company: ShortText,
  profileUrl: WebUrl.optional(),
  email: z.email({ message: 'must be an email address' }).max(320).optional(),
  connectedOn: IsoDate.optional(),
});
export type LinkedInConnection = z.infer<typeof LinkedInConnection>;

/** A parsed connection with the CSV line it came from (for previews and messages). */
export interface LinkedInRow {
  line: number;
  connection: LinkedInConnection;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "24 Aug 2023" (LinkedIn's format) or "2023-08-24" -> "2023-08-24"; null when it is neither or not a real date. */
export function parseLinkedInDate(s: string): string | null {
  const t = s.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Which zod field maps back to which CSV column, for locating problems. */
const FIELD_COLUMN: Record<keyof LinkedInConnection, Column> = {
  name: 'firstName',
  role: 'position',
  company: 'company',
  profileUrl: 'url',
  email: 'email',
  connectedOn: 'connectedOn',
};

interface CsvRow {
  cells: string[];
  line: number;
}

/** The delimiters a Connections.csv may come with: LinkedIn writes commas; a spreadsheet re-saved in many locales writes semicolons, some tools tabs. */
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The columns in words, for problems ("the email address"). */
const COLUMN_WORDS: Record<Column, string> = {
  firstName: 'the name',
  lastName: 'the last name',
  url: 'the profile URL',
  email: 'the email address',
  company: 'the company',
  position: 'the position',
  connectedOn: 'the Connected On date',
};

/** Splits CSV text into rows, each with the line it starts on (quoted fields may span lines). */
function csvRows(text: string, delimiter: Delimiter, onProgress?: OnProgress): { rows: CsvRow[]; problems: InputProblem[] } {
  const rows: CsvRow[] = [];
  const problems: InputProblem[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      rows.push({ cells: result.data, line });
      for (const e of result.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        problems.push({
          where: `Row ${line}`,
          message:
            e.code === 'MissingQuotes'
              ? 'a quoted field (one that starts with ") is never closed'
              : `the row can't be split into fields (${e.message})`,
        });
      }
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
      if (onProgress && rows.length % PROGRESS_EVERY === 0)
        onProgress({ phase: 'reading', done: Math.floor((end / text.length) * 100), total: 100, unit: 'percent' });
      if (rows.length > MAX_LINKEDIN_ROWS + 20 || problems.length > 20) parser.abort();
    },
  });
  return { rows, problems };
}

const isHeader = (cells: string[]) => {
  const trimmed = cells.map((c) => c.trim());
  return trimmed.includes(COLUMNS.firstName) && trimmed.includes(COLUMNS.url);
};

/**
 * Splits the text with the first delimiter (comma first, as LinkedIn writes it) under which a
 * row carries LinkedIn's header; null when none does.
 */
function findHeader(
  text: string,
  onProgress?: OnProgress,
): { rows: CsvRow[]; problems: InputProblem[]; headerIndex: number; delimiter: Delimiter } | null {
  for (const delimiter of DELIMITERS) {
    const { rows, problems } = csvRows(text, delimiter, onProgress);
    const headerIndex = rows.findIndex((r) => isHeader(r.cells));
    if (headerIndex >= 0) return { rows, problems, headerIndex, delimiter };
  }
  return null;
}

/** The delimiter that splits the first non-blank lines most often (for the message when no header is found). */
export function likelyDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  const count = (d: Delimiter) => lines.reduce((n, l) => n + l.split(d).length - 1, 0);
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',' as Delimiter);
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Parses a Connections.csv into validated connections. Throws InputError with every problem
 * located by its row (the file's line) and said in words ("Row 14" + "the email address “bob@”
 * is not complete…") when anything is wrong; then nothing should be imported. `onProgress` hears
 * how far it has got (for the import worker's progress bar).
 */
export function parseLinkedInConnections(input: Uint8Array | string, onProgress?: OnProgress): LinkedInRow[] {
  checkSize(input, MAX_LINKEDIN_BYTES, WHAT);
  const text = decodeUtf8(input, WHAT);
  if (text.includes('\u0000'))
    throw new InputError(`${WHAT} can't be read`, [{ where: 'The file', message: 'it contains binary data, not CSV text' }]);
  const found = findHeader(text, onProgress);
  if (!found) {
    const guess = likelyDelimiter(text);
    const hint =
      guess !== ','
        ? `this looks ${DELIMITER_NAMES[guess]}-separated; LinkedIn's export uses commas, and no row here has its columns (${Object.values(COLUMNS).join(', ')})`
        : `no header row found; expected the columns ${Object.values(COLUMNS).join(', ')} (is this the Connections.csv of a LinkedIn export?)`;
    throw new InputError(`${WHAT} can't be read`, [{ where: 'The file', message: hint }]);
  }
  const { rows, problems, headerIndex } = found;
  if (problems.length) throw new InputError(`${WHAT} can't be read`, problems);
  const header = rows[headerIndex]!;
  const position = {} as Record<Column, number>;
  for (const col of Object.keys(COLUMNS) as Column[]) position[col] = header.cells.map((c) => c.trim()).indexOf(COLUMNS[col]);
  const missing = REQUIRED.filter((c) => position[c] < 0);
  if (missing.length) {
    throw new InputError(`${WHAT} can't be read`, [
      {
        where: `Row ${header.line}`,
        message: `the header row lacks the ${missing.length === 1 ? 'column' : 'columns'} ${missing.map((c) => COLUMNS[c]).join(', ')}`,
      },
    ]);
  }

  const dataRows = rows.slice(headerIndex + 1).filter((r) => !isBlank(r.cells));
  if (dataRows.length > MAX_LINKEDIN_ROWS) {
    throw new InputError(`${WHAT} is too large`, [
      { where: 'The file', message: `it has ${dataRows.length} connections; at most ${MAX_LINKEDIN_ROWS} can be imported at once` },
    ]);
  }
  const out: LinkedInRow[] = [];
  const errors: InputProblem[] = [];
  const at = (row: CsvRow) => `Row ${row.line}`;
  for (const [i, row] of dataRows.entries()) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress({ phase: 'checking', done: i, total: dataRows.length, unit: 'rows' });
    const cell = (col: Column) => (position[col] >= 0 ? (row.cells[position[col]] ?? '').trim() : '');
    if (row.cells.length !== header.cells.length) {
      errors.push({ where: at(row), message: `it has ${row.cells.length} fields where the header row has ${header.cells.length}` });
      continue;
    }
    const connectedOnText = cell('connectedOn');
    const connectedOn = connectedOnText ? parseLinkedInDate(connectedOnText) : null;
    if (connectedOnText && connectedOn === null) {
      errors.push({
        where: at(row),
        message: `${COLUMN_WORDS.connectedOn} “${connectedOnText.slice(0, 40)}” is not a date like 24 Aug 2023`,
      });
      continue;
    }
    const candidate = {
      name: `${cell('firstName')} ${cell('lastName')}`.trim(),
      role: cell('position'),
      company: cell('company'),
      ...(cell('url') ? { profileUrl: cell('url') } : {}),
      ...(cell('email') ? { email: cell('email') } : {}),
      ...(connectedOn ? { connectedOn } : {}),
    };
    const parsed = LinkedInConnection.safeParse(candidate);
    if (parsed.success) out.push({ line: row.line, connection: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof LinkedInConnection;
        const column = FIELD_COLUMN[field];
        errors.push({ where: at(row), message: issueSentence(issue, column ? COLUMN_WORDS[column] : '', candidate[field]) });
      }
    }
  }
  if (errors.length) throw new InputError(`${WHAT} can't be imported`, errors);
  return out;
}
