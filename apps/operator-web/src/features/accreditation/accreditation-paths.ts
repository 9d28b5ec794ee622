/** Paths of the accreditation registry (registered in app/accreditation-routes.tsx): region admins and managers. */
export const accreditationPaths = {
  registry: '/accreditamento',
  agency: (agencyId: string) => `/accreditamento/${encodeURIComponent(agencyId)}`,
} as const;
