/** PostgreSQL refused a row because of a unique constraint or index (`constraint`: that one only). */
export const isUniqueViolation = (e: unknown, constraint?: string): boolean =>
  (e as { code?: string } | null)?.code === '23505' && (constraint === undefined || (e as { constraint?: string }).constraint === constraint);
