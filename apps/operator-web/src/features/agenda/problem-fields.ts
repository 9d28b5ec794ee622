import { ApiProblem } from '@opencpi/api-client';

/**
 * The field errors of a failed request, by JSON pointer (`/endTime`, `/fiscalCodes/2`), so that each form shows
 * its own translated message next to the field. Anything but an ApiProblem has none.
 */
export function problemFields(error: unknown) {
  const pointers = error instanceof ApiProblem ? error.errors.map((e) => e.pointer) : [];
  return {
    /** true when the problem names `pointer` or anything below it (`/channels` also matches `/channels/0`) */
    has: (pointer: string) => pointers.some((p) => p === pointer || p.startsWith(`${pointer}/`)),
    /** the array indexes named below `pointer`, e.g. `/fiscalCodes` → [2, 5] for `/fiscalCodes/2` and `/fiscalCodes/5` */
    indexes: (pointer: string) =>
      [...new Set(pointers.filter((p) => p.startsWith(`${pointer}/`)).map((p) => Number(p.slice(pointer.length + 1).split('/')[0])))]
        .filter((i) => Number.isInteger(i) && i >= 0)
        .sort((a, b) => a - b),
    /** true when there are field errors at all */
    any: pointers.length > 0,
  };
}
