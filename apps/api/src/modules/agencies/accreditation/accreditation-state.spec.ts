import { ErrorCode } from '@opencpi/contracts';
import { accreditationRefusal } from './accreditation-state';

describe('accreditationRefusal', () => {
  const active = { status: 'active' as const, validFrom: '2026-01-01', validUntil: '2026-12-31' };

  it('lets an active accreditation act on each day of its validity, first and last included', () => {
    expect(accreditationRefusal(active, '2026-01-01')).toBeNull();
    expect(accreditationRefusal(active, '2026-12-31')).toBeNull();
    expect(accreditationRefusal({ ...active, validUntil: null }, '2040-05-05')).toBeNull();
  });

  it('names the reason of a refusal', () => {
    expect(accreditationRefusal(null, '2026-06-01')).toBe(ErrorCode.AGENCY_NOT_ACCREDITED);
    expect(accreditationRefusal({ ...active, status: 'suspended' }, '2026-06-01')).toBe(ErrorCode.AGENCY_ACCREDITATION_SUSPENDED);
    expect(accreditationRefusal({ ...active, status: 'revoked' }, '2026-06-01')).toBe(ErrorCode.AGENCY_ACCREDITATION_REVOKED);
    expect(accreditationRefusal(active, '2025-12-31')).toBe(ErrorCode.AGENCY_ACCREDITATION_EXPIRED);
    expect(accreditationRefusal(active, '2027-01-01')).toBe(ErrorCode.AGENCY_ACCREDITATION_EXPIRED);
  });
});
