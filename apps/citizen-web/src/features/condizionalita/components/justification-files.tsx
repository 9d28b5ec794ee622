import { FileField } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, fileProblem } from '../../forms/file-checks';
import { useDossierLabels } from '../../dossier/dossier-labels';
import { MAX_JUSTIFICATION_DOCUMENTS } from '../condizionalita-options';

export interface JustificationFilesProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** an error of the request (a file the reserved area refused) */
  error?: string;
}

/**
 * The documents of a justification: a file input that adds each chosen file (checked in the browser first: PDF,
 * JPEG or PNG up to 5 MB) to the list below it, up to five, each with its "Togli" button.
 */
export function JustificationFiles({ files, onChange, error }: JustificationFilesProps) {
  const { t } = useTranslation('citizen');
  const labels = useDossierLabels();
  const [inputKey, setInputKey] = useState(0);
  const [localError, setLocalError] = useState<string | undefined>();
  const full = files.length >= MAX_JUSTIFICATION_DOCUMENTS;

  const add = (file: File | undefined) => {
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) {
      setLocalError(t(`forms.errors.${problem}`));
      return;
    }
    setLocalError(undefined);
    setInputKey((k) => k + 1);
    onChange([...files, file]);
  };

  return (
    <div className="justification-files">
      <FileField
        key={inputKey}
        label={files.length === 0 ? t('condizionalita.form.file') : t('condizionalita.form.addFile')}
        hint={full ? t('condizionalita.form.tooManyFiles') : t('condizionalita.form.fileHint')}
        accept={ACCEPTED_FILES}
        disabled={full}
        onFileChange={add}
        error={localError ?? error}
      />
      {files.length > 0 && (
        <>
          <p className="fw-semibold mb-1">{t('condizionalita.form.attached')}</p>
          <ul className="list-unstyled justification-files__list">
            {files.map((file, i) => (
              <li key={`${file.name}-${file.size}-${file.lastModified}-${i}`} className="justification-files__item">
                <span>
                  {file.name} <span className="text-secondary">({labels.size(file.size)})</span>
                </span>
                <button type="button" className="btn btn-link btn-sm p-0" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                  {t('condizionalita.form.removeFile', { fileName: file.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
