/** Paths of the intermediaries' pages (registered in app/intermediaries-routes.tsx; the API sends an intermediary's operator to `people` after login). */
export const intermediariesPaths = {
  /** the intermediary's operator: the people who delegated their organisation */
  people: '/assistiti',
  person: (citizenId: string) => `/assistiti/${encodeURIComponent(citizenId)}`,
  /** CPI staff: delegations uploaded signed, to check */
  pending: '/deleghe',
  /** the region admin: the register of patronati, CAF and municipalities */
  register: '/patronati',
} as const;
