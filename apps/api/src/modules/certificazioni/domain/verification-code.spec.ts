import { groupCode, newVerificationCode, normaliseCode } from './verification-code';

describe('verification codes', () => {
  it('encodes 80 random bits as 16 base32 characters', () => {
    expect(newVerificationCode(Buffer.alloc(10, 0))).toBe('AAAAAAAAAAAAAAAA');
    expect(newVerificationCode(Buffer.alloc(10, 0xff))).toBe('7777777777777777');
    const codes = new Set(Array.from({ length: 500 }, () => newVerificationCode()));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(/^[A-Z2-7]{16}$/);
  });
  it('groups for print and reads back what a person types', () => {
    expect(groupCode('ABCDEFGHIJKLMNOP')).toBe('ABCD-EFGH-IJKL-MNOP');
    expect(normaliseCode(' abcd-efgh ijkl-mnop ')).toBe('ABCDEFGHIJKLMNOP');
    expect(normaliseCode('ABCD-EFGH-IJKL-MNO1')).toBeNull();
    expect(normaliseCode('ABCD')).toBeNull();
  });
});
