import { drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import { renderSummaryPdf, type SummaryInput } from './summary-pdf';

const input: SummaryInput = {
  issuer: 'Regione Piemonte',
  exportId: 'e-1',
  exportedAt: new Date('2026-12-04T10:00:00Z'),
  person: { fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' },
  sections: { registry: {}, appointments: [1, 2] },
};
const render = async (locale: 'ro' | 'uk' | 'ar') => drawnText(await (await renderSummaryPdf(input, locale)).save());

describe('the dossier summary PDF in every language', () => {
  it('is written in Romanian, Ukrainian and Arabic', async () => {
    expect(await render('ro')).toContain('Dosarul tău: rezumat ușor de citit');
    expect(await render('uk')).toContain('Ваша особова справа');
    const ar = await render('ar');
    expect(ar).toContain('ملفك: ملخص سهل القراءة');
    expect(ar).toContain('Mario Rossi');
  });
});
