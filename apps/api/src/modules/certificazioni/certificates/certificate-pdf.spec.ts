import { drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import type { CertificateSnapshot } from '../domain/certificate-snapshot';
import { renderCertificatePdf } from './certificate-pdf';

const snapshot: CertificateSnapshot = {
  kind: 'status_attestation',
  holder: { name: 'Mario Rossi', fiscalCode: 'RSSMRA85T10L219G' },
  issuer: 'Regione Piemonte',
  atDate: '2026-12-01',
  sections: [
    {
      key: 'attestation',
      rows: [
        { label: 'status', value: 'unemployed', code: true },
        { label: 'since', value: '2026-03-02' },
      ],
    },
  ],
};
const render = async (locale: 'it' | 'ro' | 'uk' | 'ar') =>
  drawnText(await (await renderCertificatePdf(snapshot, locale, '2026-12-04', 'ABCD-EFGH-IJKL-MNOP', 'https://cpi.example.it/verifica/X')).save());

describe('the certificate PDF in every language', () => {
  it('writes Romanian and Ukrainian with their own letters', async () => {
    const ro = await render('ro');
    expect(ro).toContain('Atestare privind DID și statutul ocupațional');
    expect(ro).toContain('Statut ocupațional: șomer/șomeră');
    expect(ro).toContain('Cod de verificare: ABCD-EFGH-IJKL-MNOP');
    const uk = await render('uk');
    expect(uk).toContain('Довідка про DID і статус зайнятості');
    expect(uk).toContain('Податковий код: RSSMRA85T10L219G');
  });

  it('writes Arabic as Arabic text, the Latin data beside it', async () => {
    const ar = await render('ar');
    expect(ar).toContain('شهادة إعلان الاستعداد الفوري للعمل');
    expect(ar).toContain('الرقم الضريبي: ');
    expect(ar).toContain('RSSMRA85T10L219G');
    expect(ar).toContain('عاطل عن العمل');
    expect(ar).not.toContain('Codice fiscale');
  });
});
