/** The file's real type from its first bytes (the name and the browser's claim are not trusted). */
export function sniffMimeType(bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

/** A file name safe to store and to put in a Content-Disposition header. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters (NUL to US) are exactly what a file name must not keep
    .replace(/[\\/\0-\x1f"<>|:*?]/g, '_')
    .trim()
    .slice(-150);
  return cleaned.length > 0 ? cleaned : 'documento';
}
