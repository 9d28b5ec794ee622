import { drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import { renderIvcPdf } from './ivc-pdf';
import type { OutputSnapshot } from './output-snapshot';

const snapshot: OutputSnapshot = {
  kind: 'validation',
  issuer: 'Regione Piemonte',
  holder: { name: 'Mario Rossi', fiscalCode: 'RSSMRA85T10L219G' },
  qualification: { region: '01', code: 'Q-01', title: 'Operatore di magazzino', eqfLevel: 3, adaRefs: ['ADA.1'], sample: false },
  guideName: 'Luca Verdi',
  assessorName: 'Anna Bianchi',
  summary: null,
  evidence: [],
  competences: [{ code: 'C1', title: 'Gestire le merci', adaRef: null }],
  exam: null,
};
const render = async (locale: 'ro' | 'uk' | 'ar') => drawnText(await (await renderIvcPdf(snapshot, locale, '2026-12-04')).save());

describe('the IVC output PDF in every language', () => {
  it('is written in Romanian, Ukrainian and Arabic', async () => {
    expect(await render('ro')).toContain('Competențe validate');
    expect(await render('uk')).toContain('Валідовані компетенції');
    const ar = await render('ar');
    expect(ar).toContain('المهارات المصادق عليها');
    expect(ar).toContain('Gestire le merci');
  });
});
