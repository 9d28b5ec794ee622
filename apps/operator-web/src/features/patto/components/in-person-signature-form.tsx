import { FileField, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UPLOAD_ACCEPT, uploadFileProblem } from '../../forms/upload-file';
import { useUploadInPersonSignature } from '../api/use-upload-in-person-signature';

/** "Firma di persona": the scanned copy the person signed on paper at the desk counts as their signature. */
export function InPersonSignatureForm({ pattoId, onUploaded }: { pattoId: string; onUploaded: () => void }) {
  const { t } = useTranslation('operator');
  const upload = useUploadInPersonSignature(pattoId);
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [problem, setProblem] = useState<'required' | 'type' | 'size' | undefined>();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = uploadFileProblem(file);
    setProblem(found);
    if (found || !file) {
      upload.reset();
      inputRef.current?.focus();
      return;
    }
    upload.mutate(file, {
      onSuccess: () => {
        setFile(undefined);
        if (inputRef.current) inputRef.current.value = '';
        onUploaded();
      },
    });
  };

  return (
    <section className="mt-4" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('patto.signatures.inPerson.title')}</h3>
      <p>{t('patto.signatures.inPerson.intro')}</p>
      <form onSubmit={submit} noValidate>
        {upload.isError && <ProblemAlert error={upload.error} />}
        <FileField
          ref={inputRef}
          label={t('patto.signatures.inPerson.file')}
          hint={t('patto.signatures.inPerson.fileHint')}
          accept={UPLOAD_ACCEPT}
          error={problem ? t(`patto.file.${problem}`) : undefined}
          onFileChange={(f) => {
            setFile(f);
            setProblem(undefined);
          }}
          required
        />
        <button type="submit" className="btn btn-primary" disabled={upload.isPending} aria-busy={upload.isPending}>
          {t('patto.signatures.inPerson.submit')}
        </button>
      </form>
    </section>
  );
}
