import type { ProfileResponse } from '@opencpi/contracts';
import { PDFDocument, PDFName, type PDFString } from 'pdf-lib';
import { SUPPORTED_LOCALES } from '../../../platform/i18n/locale';
import { drawnRuns, drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import { renderCv, type CvPerson } from './cv-pdf';
import { CV_TEXTS, type CvText } from './cv-texts';

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
const me: CvPerson = { givenName: 'Mario', familyName: 'Rossi', email: 'mario@example.it', mobilePhone: null, domicile: 'Torino', birthDate: '1990-05-04' };
const langOf = async (bytes: Buffer) => ((await PDFDocument.load(bytes)).catalog.get(PDFName.of('Lang')) as PDFString).decodeText();

describe('the CV as PDF', () => {
  it('has every text in every language, with the same variables as the Italian one', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const locale of SUPPORTED_LOCALES)
      for (const key of Object.keys(CV_TEXTS.it) as CvText[]) expect([locale, key, vars(CV_TEXTS[locale][key])]).toEqual([locale, key, vars(CV_TEXTS.it[key])]);
  });

  it("is worded in the person's language", async () => {
    const en = await renderCv('en', me, profile);
    const enText = await drawnText(en);
    expect(enText).toContain('WORK EXPERIENCE');
    expect(enText).toContain('01/03/2019 – present  Commesso');
    expect(enText).toContain('• vendere prodotti');
    expect(enText).toContain('EN: native speaker (CEFR)');
    expect(enText).not.toMatch(/Esperienza|madrelingua|oggi/);
    expect(await drawnText(await renderCv('it', me, profile))).toContain('ESPERIENZA PROFESSIONALE');
    expect(await langOf(en)).toBe('en-GB');
  });

  it('writes Romanian and Ukrainian names and headings with their own letters', async () => {
    const ro = await renderCv('ro', { ...me, givenName: 'Ștefan', familyName: 'Popescu', domicile: 'Brașov' }, profile);
    const roText = await drawnText(ro);
    expect(roText).toContain('Ștefan Popescu');
    expect(roText).toContain('Brașov · mario@example.it');
    expect(roText).toContain('EXPERIENȚĂ DE MUNCĂ');
    expect(roText).toContain('01/03/2019 – prezent  Commesso');
    expect(roText).toContain('EDUCAȚIE ȘI FORMARE');
    expect(roText).toContain('EN: limbă maternă (CECRL)');
    expect(roText).toContain('PERMISE DE CONDUCERE');
    expect(await langOf(ro)).toBe('ro-RO');

    const uk = await renderCv('uk', { ...me, givenName: 'Олена', familyName: 'Коваленко' }, profile);
    const ukText = await drawnText(uk);
    expect(ukText).toContain('Олена Коваленко');
    expect(ukText).toContain('Дата народження: 04/05/1990');
    expect(ukText).toContain('ДОСВІД РОБОТИ');
    expect(ukText).toContain('ОСВІТА І НАВЧАННЯ');
    expect(ukText).toContain('НАВИЧКИ');
    expect(ukText).toContain('EN: рідна мова (шкала CEFR)');
    expect(ukText).not.toContain('?');
    expect(await langOf(uk)).toBe('uk-UA');
  });

  it('writes an Arabic CV right to left, the Arabic name shaped and read back as written', async () => {
    const ar = await renderCv('ar', { ...me, givenName: 'فاطمة', familyName: 'الزهراء' }, profile);
    const runs = await drawnRuns(ar);
    expect(runs).toContain('فاطمة الزهراء');
    expect(runs).toEqual(expect.arrayContaining(['الخبرات المهنية', 'التعليم والتدريب', 'المهارات اللغوية', 'المهارات', 'رخص القيادة']));
    expect(runs).toContain('Commesso'); // the Italian job title stays a left-to-right run inside the Arabic line
    expect(await langOf(ar)).toBe('ar');
  });

  it('wraps long lines instead of cutting them', async () => {
    const tasks = `${'Accoglienza dei clienti e gestione della cassa, '.repeat(8)}ultima parola`;
    const cv = await renderCv('it', me, { ...profile, experiences: [{ title: 'Commesso', from: '2019-03-01', tasks }] });
    const runs = await drawnRuns(cv);
    const taskLines = runs.filter((r) => r.includes('Accoglienza') || r.includes('ultima parola'));
    expect(taskLines.length).toBeGreaterThan(1);
    expect(taskLines.join(' ')).toBe(tasks);
  });
});
