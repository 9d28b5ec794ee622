import { randomUUID } from 'node:crypto';
import type { MeasureDecidedV1 } from '@opencpi/contracts';

/** Tests and drills: a `measure.decided` payload for Mario Rossi's NASpI (the simulator's demo data). */
export const measurePayload = (measureId: string, overrides: Partial<MeasureDecidedV1> = {}): MeasureDecidedV1 => ({
  measureId,
  caseId: randomUUID(),
  citizenFiscalCode: 'RSSMRA85T10L219G',
  benefit: 'NASPI',
  benefitId: 'INPS-NASPI-2026-000101',
  sanction: 'cut_quarter_month',
  ruleCode: 'NASPI_CONVOCATION_ABSENCE_1',
  ruleVersion: '1',
  legalSource: 'art. 21 c.7 lett. a D.Lgs. 150/2015',
  decidedOn: '2026-12-01',
  reversalOf: null,
  ...overrides,
});
