import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvError, CsvParser, parseCsv, parseCsvText, readCsvFile, type CsvRecord } from './csv';

const rowsOf = (text: string): string[][] => {
  const p = new CsvParser();
  return [...p.push(text), ...p.end()].map((r) => r.fields);
};
/** the same text cut into chunks of `size` characters */
const rowsChunked = (text: string, size: number): string[][] => {
  const p = new CsvParser();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += size) out.push(...p.push(text.slice(i, i + size)).map((r) => r.fields));
  return [...out, ...p.end().map((r) => r.fields)];
};
async function collect(it: AsyncIterable<CsvRecord>): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('CSV parser (RFC 4180)', () => {
  it('splits plain fields and records, with or without a final line break', () => {
    expect(rowsOf('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(rowsOf('a,b,c\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(rowsOf('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(rowsOf('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('accepts CRLF, LF and CR line breaks', () => {
    expect(rowsOf('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rowsOf('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rowsOf('a,b\r\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'uri,label,alt\r\nx,"Rossi, Mario","il ""capo""\nil titolare\r\nil boss"\r\ny,"",""""\r\n';
    expect(rowsOf(text)).toEqual([
      ['uri', 'label', 'alt'],
      ['x', 'Rossi, Mario', 'il "capo"\nil titolare\r\nil boss'],
      ['y', '', '"'],
    ]);
  });

  it('gives the same records however the input is cut (between \\r and \\n, inside "")', () => {
    const text = '\uFEFFuri,label,alt\r\nx,"Rossi, Mario","il ""capo""\nil titolare"\r\ny,"a""b",\r\n"z",w,"v"';
    const whole = rowsOf(text);
    expect(whole[0]).toEqual(['uri', 'label', 'alt']);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(rowsChunked(text, size)).toEqual(whole);
  });

  it('drops the byte-order mark and skips blank lines, but keeps a record made of one quoted empty field', () => {
    expect(rowsOf('\uFEFFa\n\n1\n\r\n2\n')).toEqual([['a'], ['1'], ['2']]);
    expect(rowsOf('a\n""\n')).toEqual([['a'], ['']]);
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(rowsOf('a,5" monitor\n')).toEqual([['a', '5" monitor']]);
  });

  it('names the line of malformed input', () => {
    expect(() => rowsOf('a,b\n1,"x"y\n')).toThrow(CsvError);
    expect(() => rowsOf('a,b\n1,"x"y\n')).toThrow(/line 2: unexpected "y" after a closing quote/);
    expect(() => rowsOf('a,b\n1,2\n3,"open\nstill open')).toThrow(/line 3: unterminated quoted field/);
    // line numbers count the line breaks inside quoted fields
    expect(() => rowsOf('a,b\n"1\n2",x\n3,"4"5')).toThrow(/line 4:/);
  });

  it('returns records keyed by the header, filling missing trailing fields with ""', async () => {
    const recs = await parseCsvText('\uFEFFconceptUri,preferredLabel,altLabels\nu1,"cuoco, capo","chef\nsous-chef"\nu2,barista\n');
    expect(recs).toEqual([
      { conceptUri: 'u1', preferredLabel: 'cuoco, capo', altLabels: 'chef\nsous-chef' },
      { conceptUri: 'u2', preferredLabel: 'barista', altLabels: '' },
    ]);
  });

  it('refuses extra fields, duplicate or missing columns', async () => {
    await expect(parseCsvText('a,b\n1,2,3\n')).rejects.toThrow(/line 2: 3 fields, the header has 2/);
    await expect(parseCsvText('a,a\n1,2\n')).rejects.toThrow(/duplicate column "a"/);
    await expect(parseCsvText('a,b\n1,2\n', { required: ['a', 'c'] })).rejects.toThrow(/missing column\(s\) c/);
    await expect(parseCsvText('', { required: ['a'] })).rejects.toThrow(/empty file/);
    expect(await parseCsvText('')).toEqual([]);
  });

  it('decodes UTF-8 split across buffers and streams a file', async () => {
    const bytes = Buffer.from('\uFEFFnome,provincia\n"Ciriè, centro",TO\nCuorgnè,TO\n', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b])); // one byte at a time: 'è' is two bytes
    expect(await collect(parseCsv(chunks))).toEqual([
      { nome: 'Ciriè, centro', provincia: 'TO' },
      { nome: 'Cuorgnè', provincia: 'TO' },
    ]);
    const dir = await mkdtemp(path.join(tmpdir(), 'opencpi-csv-'));
    try {
      const file = path.join(dir, 'big.csv');
      const lines = ['id,text'];
      for (let i = 0; i < 20_000; i++) lines.push(`${i},"riga ${i}, con virgola\ne a capo"`);
      await writeFile(file, lines.join('\r\n') + '\r\n');
      let count = 0;
      let last: CsvRecord | undefined;
      for await (const r of readCsvFile(file, { required: ['id', 'text'] })) {
        count++;
        last = r;
      }
      expect(count).toBe(20_000);
      expect(last).toEqual({ id: '19999', text: 'riga 19999, con virgola\ne a capo' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
