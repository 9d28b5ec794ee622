import { IsDefined, ValidateBy } from 'class-validator';
import { documentFileProblem } from './document-file';

/** What the browser tells of a chosen file (class-transformer cannot copy a `File`, so the form checks these). */
export interface ChosenFile {
  name: string;
  type: string;
  size: number;
}

/**
 * The first check of a document to upload, for a form's resolver (useDtoForm): one is chosen (`isDefined`), PDF/JPEG/PNG
 * (`fileType`), at most DOCUMENT_MAX_BYTES (`fileTooLarge`); contracts' limits, as documentFileProblem reads them.
 * The API checks the file's own bytes again and names `/file` (`required`, `mimeType`, `maxSize`).
 */
export class DocumentChoice {
  @IsDefined()
  @ValidateBy({ name: 'fileType', validator: { validate: (file: ChosenFile | undefined) => !file || documentFileProblem(file) !== 'fileType' } })
  @ValidateBy({ name: 'fileTooLarge', validator: { validate: (file: ChosenFile | undefined) => !file || documentFileProblem(file) !== 'fileTooLarge' } })
  file?: ChosenFile;
}

/** A form's chosen `File` as the DocumentChoice the resolver checks. */
export const documentChoice = (file: File | undefined): DocumentChoice => ({ ...(file ? { file: { name: file.name, type: file.type, size: file.size } } : {}) });
