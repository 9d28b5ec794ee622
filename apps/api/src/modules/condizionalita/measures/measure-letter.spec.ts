import { drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import type { Locale } from '../../../platform/i18n/locale';
import { renderMeasureLetter, type MeasureLetter } from './measure-letter';

const letter = (locale: Locale): MeasureLetter => ({
  locale,
  officeName: 'CPI Torino',
  person: { name: 'Mario Rossi', fiscalCode: 'RSSMRA85T10L219G' },
  benefit: 'NASPI',
  benefitId: 'INPS-1',
  breachCode: 'missed_appointment',
  occurredOn: '2026-11-02',
  deadline: '2026-11-09',
  justification: null,
  decision: { reasonText: null, decidedOn: '2026-11-20', decidedBy: 'Luca Verdi', confirmedBy: null },
  measure: { id: 'm-1', ruleCode: 'NASPI-1', version: '1', step: 1, sanction: 'cut_quarter_month', legalSource: 'D.Lgs. 150/2015 art. 21', verified: true },
  reversal: null,
});

describe('the measure letter in every language', () => {
  it('is written in Romanian, Ukrainian and Arabic', async () => {
    const ro = await drawnText(await renderMeasureLetter(letter('ro')));
    expect(ro).toContain('Măsură de condiționalitate');
    expect(ro).toContain('Cum faci contestație');
    expect(await drawnText(await renderMeasureLetter(letter('uk')))).toContain('Рішення щодо умов отримання допомоги');
    const ar = await drawnText(await renderMeasureLetter(letter('ar')));
    expect(ar).toContain('قرار بشأن شروط الإعانة');
    expect(ar).toContain('RSSMRA85T10L219G');
  });
});
