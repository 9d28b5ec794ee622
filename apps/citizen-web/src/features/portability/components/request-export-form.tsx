import { PORTABILITY_LOCALES, RequestExportBody, type PortabilityLocale } from '@opencpi/contracts/browser';
import { FormRadioGroup, FormShell, ProblemAlert, useMutationForm } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestExport } from '../api/use-request-export';

interface ExportValues {
  locale: PortabilityLocale;
}

/** "Prepara i tuoi dati": the language of the readable summary, then the request (prepared in the background). */
export function RequestExportForm({ busy }: { busy: boolean }) {
  const { t, i18n } = useTranslation('citizen');
  const headingId = useId();
  const request = useRequestExport();
  const defaults = (): ExportValues => ({ locale: i18n.language === 'en' ? 'en' : 'it' });
  const { form, submit } = useMutationForm({ dto: RequestExportBody, toBody: (v: ExportValues) => v, defaults, mutation: request, reset: (v) => v });
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portability.form.title')}</h2>
      <p>{t('portability.form.text')}</p>
      <FormShell form={form} onValid={submit}>
        <FormRadioGroup<PortabilityLocale>
          name="locale"
          legend={t('portability.form.locale')}
          inline
          options={PORTABILITY_LOCALES.map((l) => ({ value: l, label: t(`portability.locales.${l}`) }))}
        />
        {request.isError && <ProblemAlert error={request.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={request.isPending} disabled={busy}>
            {request.isPending ? t('portability.form.submitting') : t('portability.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
