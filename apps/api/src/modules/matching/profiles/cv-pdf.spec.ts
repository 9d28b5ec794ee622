import { inflateSync } from 'node:zlib';
import type { ProfileResponse } from '@opencpi/contracts';
import { PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { renderCv } from './cv-pdf';
import { CV_TEXTS } from './cv-texts';

const profile: ProfileResponse = {
  saved: true,
  visibility: 'cpi_agencies',
  maxKm: 30,
  ownVehicle: false,
  hours: 'any',
  shifts: true,
  contractTypes: [],
  targetOccupations: [],
  skills: [{ id: 1, label: 'vendere prodotti' }],
  experiences: [{ title: 'Commesso', from: '2019-03-01' }],
  education: [{ title: 'Diploma', eqfLevel: 4 }],
  languages: [{ language: 'en', level: 'native' }],
  licences: ['B'],
  available: true,
  suggestedSkills: [],
};
const me = { givenName: 'Mario', familyName: 'Rossi', email: 'mario@example.it', mobilePhone: null, domicile: 'Torino', birthDate: '1990-05-04' };

/** The text drawn on the pages (pdf-lib writes it as hex strings in Flate-compressed content streams). */
async function textOf(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return doc
    .getPages()
    .map((p) => {
      const contents = p.node.Contents();
      const streams = contents && 'asArray' in contents ? contents.asArray() : [contents];
      return streams
        .map((ref) => {
          const s = doc.context.lookup(ref as never) as PDFRawStream;
          const raw = Buffer.from(s.getContents());
          const ops = s.dict.get(PDFName.of('Filter')) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
          return [...ops.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')).join('\n');
        })
        .join('\n');
    })
    .join('\n');
}

describe('the CV as PDF', () => {
  it('has every text in Italian and English, with the same variables', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(CV_TEXTS.it) as (keyof typeof CV_TEXTS.it)[]) expect([key, vars(CV_TEXTS.en[key])]).toEqual([key, vars(CV_TEXTS.it[key])]);
  });

  it("is worded in the person's language", async () => {
    const en = await renderCv('en', me, profile);
    const it = await renderCv('it', me, profile);
    const enText = await textOf(en);
    expect(enText).toContain('WORK EXPERIENCE');
    expect(enText).toContain('01/03/2019 \u0096 present  Commesso');
    expect(enText).toContain('\u0095 vendere prodotti'); // WinAnsi: – is 0x96, • is 0x95
    expect(enText).toContain('EN: native speaker (CEFR)');
    expect(enText).not.toMatch(/Esperienza|madrelingua|oggi/);
    expect(await textOf(it)).toContain('ESPERIENZA PROFESSIONALE');
    expect(((await PDFDocument.load(en)).catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('en-GB');
  });
});
