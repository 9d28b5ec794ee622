import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * A small streaming CSV parser (RFC 4180): fields separated by commas, records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and doubled quotes (`""` → `"`). A UTF-8 byte-order mark at the start is dropped.
 * Lenient where files in the wild are: a quote inside an unquoted field is kept as it is, and blank lines are skipped.
 * Strict where a lenient reading would silently shift columns: text after a closing quote, an unterminated quoted
 * field, or a record with more fields than the header are errors that name the line.
 *
 * The parser keeps only the record it is reading: memory stays flat however large the file (ESCO's relations file
 * has ~130,000 records).
 */
export type CsvRecord = Readonly<Record<string, string>>;

export interface CsvRow {
  fields: string[];
  /** line (1-based) where the record starts */
  line: number;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`CSV line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/** Push-based tokenizer: feed it text chunks cut anywhere (even between `\r` and `\n` or inside `""`). */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private row: string[] = [];
  private rowHasQuotes = false;
  private pendingCr = false;
  private started = false;
  private line = 1;
  private rowLine = 1;
  private readonly delimiter: number;

  constructor(delimiter = ',') {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvRow[] {
    const out: CsvRow[] = [];
    const n = chunk.length;
    let i = 0;
    if (!this.started && n > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === BOM) i = 1;
    }
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.rowHasQuotes = true;
            i++;
          } else if (c === this.delimiter) {
            this.endField();
            i++;
          } else if (c === CR || c === LF) {
            this.endField();
            this.endRecord(out, c);
            i++;
          } else {
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted: {
          let j = i;
          while (j < n) {
            const d = chunk.charCodeAt(j);
            if (d === this.delimiter || d === CR || d === LF) break;
            j++;
          }
          this.field += chunk.slice(i, j);
          i = j;
          if (j < n) {
            const d = chunk.charCodeAt(j);
            this.endField();
            if (d !== this.delimiter) this.endRecord(out, d);
            i++;
          }
          break;
        }
        case State.Quoted: {
          const j = chunk.indexOf('"', i);
          const end = j < 0 ? n : j;
          const text = chunk.slice(i, end);
          this.field += text;
          for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) this.line++;
          i = end;
          if (j >= 0) {
            this.state = State.QuoteInQuoted;
            i++;
          }
          break;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else if (c === this.delimiter) {
            this.endField();
            i++;
          } else if (c === CR || c === LF) {
            this.endField();
            this.endRecord(out, c);
            i++;
          } else {
            throw new CsvError(`unexpected ${JSON.stringify(chunk[i])} after a closing quote (a quote inside a quoted field must be doubled)`, this.line);
          }
          break;
      }
    }
    return out;
  }

  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): CsvRow[] {
    if (this.state === State.Quoted) throw new CsvError('unterminated quoted field', this.rowLine);
    const out: CsvRow[] = [];
    if (this.state !== State.FieldStart || this.row.length > 0) {
      this.endField();
      this.endRecord(out, -1);
    }
    return out;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(out: CsvRow[], terminator: number): void {
    const blank = this.row.length === 1 && this.row[0] === '' && !this.rowHasQuotes;
    if (!blank) out.push({ fields: this.row, line: this.rowLine });
    this.row = [];
    this.rowHasQuotes = false;
    if (terminator === CR) this.pendingCr = true;
    if (terminator === CR || terminator === LF) this.line++;
    this.rowLine = this.line;
  }
}

export type CsvSource = AsyncIterable<string | Buffer> | Iterable<string | Buffer>;

/** Records as arrays of fields, header included. Buffers are decoded as UTF-8 (a character may be split across chunks). */
export async function* parseCsvRows(source: CsvSource, delimiter = ','): AsyncGenerator<CsvRow> {
  const parser = new CsvParser(delimiter);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    yield* parser.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  }
  const rest = decoder.end();
  if (rest) yield* parser.push(rest);
  yield* parser.end();
}

export interface CsvReadOptions {
  delimiter?: string;
  /** header names that must be present: checked before the first record is returned */
  required?: readonly string[];
}

/**
 * Records keyed by the header (the first record). A record with fewer fields than the header gets '' for the missing
 * ones (some exporters drop trailing empty fields); one with more is an error.
 */
export async function* parseCsv(source: CsvSource, opts: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  let header: string[] | undefined;
  for await (const row of parseCsvRows(source, opts.delimiter)) {
    if (!header) {
      header = row.fields.map((h) => h.trim());
      const dup = header.find((h, i) => header!.indexOf(h) !== i);
      if (dup !== undefined) throw new CsvError(`duplicate column ${JSON.stringify(dup)} in the header`, row.line);
      const missing = (opts.required ?? []).filter((r) => !header!.includes(r));
      if (missing.length) throw new CsvError(`missing column(s) ${missing.join(', ')} (header: ${header.join(',')})`, row.line);
      continue;
    }
    if (row.fields.length > header.length) throw new CsvError(`${row.fields.length} fields, the header has ${header.length}`, row.line);
    const rec: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) rec[header[k]!] = row.fields[k] ?? '';
    yield rec;
  }
  if (!header && opts.required?.length) throw new CsvError('empty file: no header', 1);
}

/** Streams a UTF-8 CSV file, 64 KiB at a time. */
export function readCsvFile(file: string, opts: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  return parseCsv(createReadStream(file, { highWaterMark: 64 * 1024 }), opts);
}

/** Whole text at once (tests, small inputs). */
export async function parseCsvText(text: string, opts: CsvReadOptions = {}): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of parseCsv([text], opts)) out.push(r);
  return out;
}
