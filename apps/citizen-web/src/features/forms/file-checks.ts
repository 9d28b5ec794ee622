/** The document checks of @opencpi/ui under this app's former names (contracts' DOCUMENT_MIME_TYPES and DOCUMENT_MAX_BYTES). */
export { DOCUMENT_ACCEPT as ACCEPTED_FILES, documentFileProblem as fileProblem } from '@opencpi/ui';
