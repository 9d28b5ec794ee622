import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiskDocumentStorage } from './disk-document-storage';

describe('DiskDocumentStorage', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'opencpi-docs-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes once, reads back, answers null for a missing key and refuses keys that are not uuids', async () => {
    const storage = new DiskDocumentStorage(dir);
    const key = randomUUID();
    await storage.put(key, Buffer.from('%PDF-1.4 x'));
    expect((await storage.get(key))?.toString()).toBe('%PDF-1.4 x');
    await expect(storage.put(key, Buffer.from('again'))).rejects.toThrow(/EEXIST/);
    expect(await storage.get(randomUUID())).toBeNull();
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/invalid storage key/);
  });
});
