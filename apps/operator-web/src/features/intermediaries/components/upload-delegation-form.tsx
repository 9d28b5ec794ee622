import { DELEGATION_MAX_DAYS, DELEGATION_SCOPES, UploadDelegationBody } from '@opencpi/contracts/browser';
import { addDays, todayInRome } from '@opencpi/i18n';
import {
  checkedValues,
  documentFileProblem,
  FormCheckboxGroup,
  FormDateField,
  FormFileField,
  FormShell,
  FormTextField,
  ProblemAlert,
  StatusMessage,
  useDtoForm,
  type CrossCheck,
  type FieldMessages,
} from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadSignedDelegation } from '../api/use-upload-signed-delegation';

interface UploadValues {
  fiscalCode: string;
  scopes: string[];
  validUntil: string;
  file: File | undefined;
}
const defaults = (): UploadValues => ({ fiscalCode: '', scopes: [], validUntil: addDays(todayInRome(), 180), file: undefined });
const toBody = (v: UploadValues): UploadDelegationBody => ({ fiscalCode: v.fiscalCode.trim().toUpperCase(), scopes: checkedValues(v.scopes).join(','), validUntil: v.validUntil });
/** the file (not part of the body): chosen, and a PDF, JPEG or PNG of at most 5 MB */
const checkFile: CrossCheck<UploadValues> = (v) => ({ file: v.file ? documentFileProblem(v.file) : 'fileRequired' });

/** "Carica una delega firmata": the person's fiscal code, what it covers, until when and the signed PDF; the CPI checks it. */
export function UploadDelegationForm() {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const upload = useUploadSignedDelegation();
  const form = useDtoForm<UploadValues, UploadDelegationBody>({ dto: UploadDelegationBody, toBody, defaultValues: defaults(), serverError: upload.error, check: checkFile });
  const [done, setDone] = useState(false);
  const [fileKey, setFileKey] = useState(0);
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'scopes') return t('intermediaries.upload.scopesRequired');
    if (field === 'file') return t('intermediaries.upload.fileRequired');
    return undefined;
  };
  const submit = async (values: UploadValues) => {
    if (upload.isPending || !values.file) return;
    setDone(false);
    const saved = await upload.mutateAsync({ body: toBody(values), file: values.file }).catch(() => undefined);
    if (!saved) return;
    form.reset(defaults());
    setFileKey((k) => k + 1);
    setDone(true);
  };
  const today = todayInRome();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.upload.title')}</h2>
      <p>{t('intermediaries.upload.intro')}</p>
      <StatusMessage>{done ? <p className="mb-0">{t('intermediaries.upload.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextField name="fiscalCode" label={t('intermediaries.upload.fiscalCode')} autoCapitalize="characters" />
        <FormCheckboxGroup
          name="scopes"
          legend={t('intermediaries.upload.scopes')}
          inline={false}
          options={DELEGATION_SCOPES.map((s) => ({ value: s, label: t(`intermediaries.scopes.${s}`) }))}
        />
        <FormDateField name="validUntil" label={t('intermediaries.upload.until')} min={today} max={addDays(today, DELEGATION_MAX_DAYS)} />
        <FormFileField key={fileKey} name="file" label={t('intermediaries.upload.file')} accept="application/pdf,image/jpeg,image/png" />
        {upload.isError && <ProblemAlert error={upload.error} />}
        <button type="submit" className="btn btn-primary" aria-busy={upload.isPending}>
          {t('intermediaries.upload.submit')}
        </button>
      </FormShell>
    </section>
  );
}
