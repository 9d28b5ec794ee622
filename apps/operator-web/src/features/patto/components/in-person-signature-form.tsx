import { DOCUMENT_ACCEPT, DocumentChoice, documentChoice, FormFileField, FormShell, ProblemAlert, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadInPersonSignature } from '../api/use-upload-in-person-signature';

interface SignatureValues {
  file: File | undefined;
}
const toBody = (v: SignatureValues): DocumentChoice => documentChoice(v.file);

/** The sentence of `patto.file` for a failed check of the file: here (DocumentChoice) or by the API (`/file`). */
const FILE_PROBLEMS: Record<string, 'required' | 'type' | 'size'> = {
  isDefined: 'required',
  required: 'required',
  fileType: 'type',
  mimeType: 'type',
  fileTooLarge: 'size',
  maxSize: 'size',
};

/** "Firma di persona": the scanned copy the person signed on paper at the desk counts as their signature. */
export function InPersonSignatureForm({ pattoId, onUploaded }: { pattoId: string; onUploaded: () => void }) {
  const { t } = useTranslation('operator');
  const upload = useUploadInPersonSignature(pattoId);
  const headingId = useId();
  const form = useDtoForm<SignatureValues, DocumentChoice>({ dto: DocumentChoice, toBody, defaultValues: { file: undefined }, serverError: upload.error });
  // a new key empties the file input after a successful upload
  const [fileInputKey, setFileInputKey] = useState(0);
  const messages: FieldMessages = (field, type) => {
    const problem = FILE_PROBLEMS[type];
    return field === 'file' && problem ? t(`patto.file.${problem}`) : undefined;
  };

  const onValid = (values: SignatureValues) => {
    if (!values.file) return;
    upload.mutate(values.file, {
      onSuccess: () => {
        form.reset({ file: undefined });
        setFileInputKey((k) => k + 1);
        onUploaded();
      },
    });
  };

  return (
    <section className="mt-4" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('patto.signatures.inPerson.title')}</h3>
      <p>{t('patto.signatures.inPerson.intro')}</p>
      <FormShell form={form} messages={messages} onValid={onValid}>
        {upload.isError && <ProblemAlert error={upload.error} />}
        <FormFileField
          key={fileInputKey}
          name="file"
          label={t('patto.signatures.inPerson.file')}
          hint={t('patto.signatures.inPerson.fileHint')}
          accept={DOCUMENT_ACCEPT}
          required
        />
        <button type="submit" className="btn btn-primary" disabled={upload.isPending} aria-busy={upload.isPending}>
          {t('patto.signatures.inPerson.submit')}
        </button>
      </FormShell>
    </section>
  );
}
