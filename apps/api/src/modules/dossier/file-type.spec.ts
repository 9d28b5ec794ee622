import { safeFileName, sniffMimeType } from './file-type';

describe('sniffMimeType', () => {
  it('recognises PDF, JPEG and PNG by their magic bytes, nothing else', () => {
    expect(sniffMimeType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMimeType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMimeType(Buffer.from('MZ\x90\x00 an executable'))).toBeNull();
    expect(sniffMimeType(Buffer.from('<html>%PDF-'))).toBeNull();
  });
  it('cleans file names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('  ')).toBe('documento');
  });
});
