import { deriveEmploymentStatus, monthsBetween, type DidFacts } from './employment-status';

const did = (over: Partial<DidFacts> = {}): DidFacts => ({
  status: 'active',
  filedOn: '2026-01-15',
  revokedOn: null,
  workCondition: 'no_job',
  lastJobEndDate: null,
  noticeEndDate: null,
  ...over,
});

describe('deriveEmploymentStatus', () => {
  it('is not unemployed without a DID, and says why', () => {
    const s = deriveEmploymentStatus(null, '2026-11-23');
    expect(s.status).toBe('not_unemployed');
    expect(s.derivation[0]!.source).toContain('art. 19');
  });

  it('is unemployed from the DID date, with whole months counted', () => {
    const s = deriveEmploymentStatus(did(), '2026-07-14');
    expect(s).toMatchObject({ status: 'unemployed', since: '2026-01-15', monthsUnemployed: 5 });
    expect(deriveEmploymentStatus(did(), '2026-07-15').monthsUnemployed).toBe(6);
  });

  it('is at risk during the notice period, unemployed from the day after it ends', () => {
    const during = deriveEmploymentStatus(did({ workCondition: 'notice_period', noticeEndDate: '2026-02-28' }), '2026-02-28');
    expect(during).toMatchObject({ status: 'at_risk', monthsUnemployed: 0 });
    const after = deriveEmploymentStatus(did({ workCondition: 'notice_period', noticeEndDate: '2026-02-28' }), '2026-05-01');
    expect(after).toMatchObject({ status: 'unemployed', since: '2026-03-01', monthsUnemployed: 2 });
  });

  it('keeps the status for low-income work and loses it with a revoked DID', () => {
    expect(deriveEmploymentStatus(did({ workCondition: 'low_income_work' }), '2026-03-01').status).toBe('unemployed');
    const revoked = deriveEmploymentStatus(did({ status: 'revoked', revokedOn: '2026-03-01' }), '2026-03-02');
    expect(revoked.status).toBe('not_unemployed');
    expect(revoked.derivation[0]!.fact).toContain('2026-03-01');
    expect(revoked.derivation[0]).toMatchObject({ code: 'did_revoked', params: { date: '2026-03-01' } });
  });

  it('counts months across year ends', () => {
    expect(monthsBetween('2025-11-30', '2026-02-28')).toBe(2);
    expect(monthsBetween('2026-03-01', '2026-02-01')).toBe(0);
  });
});
