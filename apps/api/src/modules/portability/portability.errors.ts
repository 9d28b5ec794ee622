import { ErrorCode } from '@opencpi/contracts';

export const PORTABILITY_ERRORS = {
  [ErrorCode.PORTABILITY_EXPORT_NOT_FOUND]: { status: 404, title: 'No such export of your dossier' },
  [ErrorCode.PORTABILITY_EXPORT_NOT_READY]: { status: 409, title: 'The export is still being prepared' },
  [ErrorCode.PORTABILITY_EXPORT_EXPIRED]: { status: 410, title: 'The export has expired and its bundle was deleted: ask for a new one' },
  [ErrorCode.PORTABILITY_BUNDLE_INVALID]: { status: 400, title: 'The file is not a dossier bundle (ZIP with dossier.json, manifest.json, signature.jws)' },
  [ErrorCode.PORTABILITY_BUNDLE_TAMPERED]: { status: 422, title: 'The bundle was changed after it was signed: nothing was imported' },
  [ErrorCode.PORTABILITY_ISSUER_UNTRUSTED]: { status: 422, title: 'The bundle was not signed by a trusted issuer: nothing was imported' },
  [ErrorCode.PORTABILITY_ALREADY_IMPORTED]: { status: 409, title: 'This export has already been imported' },
  [ErrorCode.PORTABILITY_IMPORT_NOT_FOUND]: { status: 404, title: 'No such imported dossier' },
} as const;
