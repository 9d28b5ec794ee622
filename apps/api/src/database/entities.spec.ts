import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITIES } from './entities';

/** Entities are registered by the module that owns them (`<module>.entities.ts`); entities.ts only concatenates the lists. */
describe('entity registration', () => {
  const src = path.resolve(__dirname, '..');
  const entityFiles = (dir: string): string[] =>
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.entity.ts')).map((f) => path.join(dir, f));
  const classesIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/@Entity\([^)]*\)[\s\S]*?export class (\w+)/g)].map((m) => m[1] as string);

  it('registers every entity class once', () => {
    const names = ENTITIES.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const declared = entityFiles(src).flatMap(classesIn);
    expect(declared.filter((n) => !names.includes(n))).toEqual([]);
  });

  it("lists each module's entities in that module's own list, and only those", () => {
    const modules = readdirSync(path.join(src, 'modules')).filter((m) => readdirSync(path.join(src, 'modules', m)).includes(`${m}.entities.ts`));
    expect(modules).toEqual(expect.arrayContaining(['agenda', 'dossier', 'identity', 'matching', 'notifications', 'patto', 'registry']));
    const lists: [string, string][] = [...modules.map((m) => [`modules/${m}`, `modules/${m}/${m}.entities.ts`] as [string, string]), ['platform', 'platform/platform.entities.ts']];
    for (const [dir, list] of lists) {
      const listed = [...readFileSync(path.join(src, list), 'utf8').matchAll(/^import \{ ([^}]+) \} from '\.\/[^']+';$/gm)].flatMap((m) => (m[1] as string).split(', '));
      expect({ list, entities: listed.sort() }).toEqual({ list, entities: entityFiles(path.join(src, dir)).flatMap(classesIn).sort() });
    }
  });
});
