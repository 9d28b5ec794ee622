import type { OfficeResponse, VacancyResponse } from '@opencpi/contracts';
import { RecruitingDayBody } from '@opencpi/contracts/browser';
import { checkedValues, FormCheckboxGroup, FormDateField, FormSelectField, FormShell, FormTextField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useCreateRecruitingDay } from '../api/use-create-recruiting-day';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { DAY_MODES } from '../matching-options';

interface RecruitingDayValues {
  officeId: string;
  title: string;
  day: string;
  mode: string;
  place: string;
  vacancyIds: string[];
  startTime: string;
  endTime: string;
  slotMinutes: string;
}

/** The request body; the interview slots go only when one of their fields is filled (the DTO wants all three or none). */
function toBody(v: RecruitingDayValues): RecruitingDayBody {
  const slots =
    v.startTime || v.endTime || v.slotMinutes.trim()
      ? { startTime: v.startTime, endTime: v.endTime, slotMinutes: v.slotMinutes.trim() === '' ? Number.NaN : Number(v.slotMinutes) }
      : {};
  return {
    officeId: v.officeId,
    title: v.title.trim(),
    day: v.day,
    mode: v.mode as RecruitingDayBody['mode'],
    place: v.place.trim(),
    vacancyIds: checkedValues(v.vacancyIds),
    ...slots,
  };
}

export interface RecruitingDayFormProps {
  offices: readonly OfficeResponse[];
  /** the published vacancies that can be presented */
  vacancies: readonly VacancyResponse[];
  onCreated: () => void;
}

/** "Nuovo recruiting day": office, title, day, mode, place or link, interview slots, and the published vacancies presented (RecruitingDayBody). */
export function RecruitingDayForm({ offices, vacancies, onCreated }: RecruitingDayFormProps) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const create = useCreateRecruitingDay();
  const empty = { officeId: offices[0]?.id ?? '', title: '', day: '', mode: 'in_person', place: '', vacancyIds: [], startTime: '', endTime: '', slotMinutes: '' };
  const form = useDtoForm<RecruitingDayValues, RecruitingDayBody>({ dto: RecruitingDayBody, toBody, defaultValues: empty, serverError: create.error });

  return (
    <FormShell
      form={form}
      messages={(field) => t(`matching.recruitingDays.form.errors.${field.split('.')[0]}` as 'matching.recruitingDays.form.errors.title')}
      onValid={(values) =>
        create.mutate(toBody(values), {
          onSuccess: () => {
            form.reset({ ...empty, officeId: values.officeId, mode: values.mode });
            onCreated();
          },
        })
      }
    >
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <FormSelectField name="officeId" label={t('matching.recruitingDays.form.office')}>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      <FormTextField name="title" label={t('matching.recruitingDays.form.dayTitle')} />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <FormDateField name="day" label={t('matching.recruitingDays.form.day')} />
        </div>
        <div className="col-sm-6 col-md-4">
          <FormSelectField name="mode" label={t('matching.recruitingDays.form.mode')}>
            {DAY_MODES.map((m) => (
              <option key={m} value={m}>
                {labels.dayMode(m)}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      <FormTextField name="place" label={t('matching.recruitingDays.form.place')} hint={t('matching.recruitingDays.form.placeHint')} />
      <div className="row g-3">
        <div className="col-12 col-md-4">
          <FormTextField name="startTime" type="time" label={t('matching.recruitingDays.form.startTime')} />
        </div>
        <div className="col-12 col-md-4">
          <FormTextField name="endTime" type="time" label={t('matching.recruitingDays.form.endTime')} />
        </div>
        <div className="col-12 col-md-4">
          <FormTextField name="slotMinutes" inputMode="numeric" label={t('matching.recruitingDays.form.slotMinutes')} />
        </div>
      </div>
      {vacancies.length === 0 ? (
        <fieldset className="form-fieldset">
          <legend>{t('matching.recruitingDays.form.vacancies')}</legend>
          <p>{t('matching.recruitingDays.form.noPublished')}</p>
        </fieldset>
      ) : (
        <FormCheckboxGroup
          name="vacancyIds"
          inline={false}
          legend={t('matching.recruitingDays.form.vacancies')}
          options={vacancies.map((v) => ({ value: v.id, label: v.title }))}
        />
      )}
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('matching.recruitingDays.form.submit')}
      </button>
    </FormShell>
  );
}
