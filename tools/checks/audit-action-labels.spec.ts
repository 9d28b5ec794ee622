import path from 'node:path';
import { enOperatorAudit } from '../../libs/i18n/src/locales/en/operator-audit';
import { itOperatorAudit } from '../../libs/i18n/src/locales/it/operator-audit';
import { auditActionCodes, TEMPLATE_CODES } from './audit-action-codes';

/** the operator SPA's sentences for the access log (libs/i18n, `operator` namespace, `audit.actions`) */
const itActions: Record<string, string> = itOperatorAudit.actions;
const enActions: Record<string, string> = enOperatorAudit.actions;
const apiSrc = path.resolve(__dirname, '../../apps/api/src');

describe('audit action labels', () => {
  const { codes, templates } = auditActionCodes(apiSrc);

  it('finds the audit actions the API writes (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(150);
    expect(codes).toContain('dossier.document.uploaded');
    expect(codes).toContain('citizen.dossier.read'); // passed to registry's scope check
    expect(codes).toContain('agenda.citizen-appointments.read'); // an exported constant
    expect([...templates].sort()).toEqual(Object.keys(TEMPLATE_CODES).sort()); // a new template must be listed with its values
  });

  it('has an Italian and an English sentence for every audit action code written by the API', () => {
    const missingIt = [...codes].filter((c) => !itActions[c]).sort();
    const missingEn = [...codes].filter((c) => !enActions[c]).sort();
    expect(missingIt).toEqual([]);
    expect(missingEn).toEqual([]);
  });

  it('has the same codes in Italian and English', () => {
    expect(Object.keys(enActions).sort()).toEqual(Object.keys(itActions).sort());
  });
});
