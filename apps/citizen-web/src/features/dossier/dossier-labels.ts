import type { DocumentType } from '@opencpi/contracts';

/** The types a citizen can upload (contracts' DOCUMENT_TYPES without `patto_scan`, which only the CPI uploads). */
export const UPLOADABLE_TYPES = ['identity', 'cv', 'certificate', 'proof', 'other'] as const satisfies readonly DocumentType[];

/** Labels of the reserved area (document types, file sizes): @opencpi/ui's, shared with the operator app. */
export { useDocumentLabels as useDossierLabels } from '@opencpi/ui';
