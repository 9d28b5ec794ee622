import { CheckboxField, SelectField, TextareaField, TextField } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInItaly } from '../../shared/hooks/use-dates';
import { useMatchingLabels } from '../matching-labels';
import { CEFR_LEVELS, EQF_LEVELS, LANGUAGES, LICENCES, isOneOf } from '../matching-options';
import { newRowKey, updateRow, type DraftSectionProps } from '../profile-draft';
import { RepeatableRows } from './repeatable-rows';

/** "Esperienze di lavoro": job held, employer, from, to, tasks (the occupation the API linked is kept). */
export function ExperiencesSection({ draft, change, errorFor, rowsChanged }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const today = todayInItaly();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.experiences.title')}</h2>
      <RepeatableRows
        empty={t('matching.profile.experiences.empty')}
        rows={draft.experiences}
        rowLegend={(n) => t('matching.profile.experiences.row', { n })}
        addLabel={t('matching.profile.experiences.add')}
        removeLabel={(n) => t('matching.profile.experiences.remove', { n })}
        onAdd={() => {
          rowsChanged();
          change((d) => ({ experiences: [...d.experiences, { key: newRowKey(), title: '', employer: '', from: '', to: '', tasks: '' }] }));
        }}
        onRemove={(index) => {
          rowsChanged();
          change((d) => ({ experiences: d.experiences.filter((_, i) => i !== index) }));
        }}
      >
        {(row, i) => (
          <>
            <TextField
              label={t('matching.profile.experiences.jobTitle')}
              value={row.title}
              maxLength={200}
              onChange={(e) => {
                const title = e.target.value;
                change((d) => ({ experiences: updateRow(d.experiences, i, { title }) }));
              }}
              error={errorFor(`/experiences/${i}/title`)}
            />
            <TextField
              label={t('matching.profile.experiences.employer')}
              hint={t('forms.optional')}
              value={row.employer}
              maxLength={200}
              onChange={(e) => {
                const employer = e.target.value;
                change((d) => ({ experiences: updateRow(d.experiences, i, { employer }) }));
              }}
              error={errorFor(`/experiences/${i}/employer`)}
            />
            <TextField
              type="date"
              label={t('matching.profile.experiences.from')}
              value={row.from}
              max={today}
              onChange={(e) => {
                const from = e.target.value;
                change((d) => ({ experiences: updateRow(d.experiences, i, { from }) }));
              }}
              error={errorFor(`/experiences/${i}/from`)}
            />
            <TextField
              type="date"
              label={t('matching.profile.experiences.to')}
              hint={t('matching.profile.experiences.toHint')}
              value={row.to}
              onChange={(e) => {
                const to = e.target.value;
                change((d) => ({ experiences: updateRow(d.experiences, i, { to }) }));
              }}
              error={errorFor(`/experiences/${i}/to`)}
            />
            <TextareaField
              className="repeat-row__wide"
              label={t('matching.profile.experiences.tasks')}
              hint={t('forms.optional')}
              rows={3}
              value={row.tasks}
              maxLength={1000}
              onChange={(e) => {
                const tasks = e.target.value;
                change((d) => ({ experiences: updateRow(d.experiences, i, { tasks }) }));
              }}
              error={errorFor(`/experiences/${i}/tasks`)}
            />
          </>
        )}
      </RepeatableRows>
    </section>
  );
}

/** "Istruzione": study title, EQF level (1–8), year. */
export function EducationSection({ draft, change, errorFor, clearError, rowsChanged }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.education.title')}</h2>
      <RepeatableRows
        empty={t('matching.profile.education.empty')}
        rows={draft.education}
        rowLegend={(n) => t('matching.profile.education.row', { n })}
        addLabel={t('matching.profile.education.add')}
        removeLabel={(n) => t('matching.profile.education.remove', { n })}
        onAdd={() => {
          rowsChanged();
          change((d) => ({ education: [...d.education, { key: newRowKey(), title: '', eqfLevel: '', year: '' }] }));
        }}
        onRemove={(index) => {
          rowsChanged();
          change((d) => ({ education: d.education.filter((_, i) => i !== index) }));
        }}
      >
        {(row, i) => (
          <>
            <TextField
              label={t('matching.profile.education.name')}
              value={row.title}
              maxLength={200}
              onChange={(e) => {
                const title = e.target.value;
                change((d) => ({ education: updateRow(d.education, i, { title }) }));
              }}
              error={errorFor(`/education/${i}/title`)}
            />
            <SelectField
              label={t('matching.profile.education.eqfLevel')}
              value={row.eqfLevel}
              onChange={(e) => {
                const eqfLevel = e.target.value;
                change((d) => ({ education: updateRow(d.education, i, { eqfLevel }) }));
                clearError(`/education/${i}/eqfLevel`);
              }}
              error={errorFor(`/education/${i}/eqfLevel`)}
            >
              <option value="">{t('matching.profile.education.eqfPlaceholder')}</option>
              {EQF_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {labels.eqf(level)}
                </option>
              ))}
            </SelectField>
            <TextField
              type="number"
              inputMode="numeric"
              min={1940}
              max={2100}
              label={t('matching.profile.education.year')}
              hint={t('forms.optional')}
              value={row.year}
              onChange={(e) => {
                const year = e.target.value;
                change((d) => ({ education: updateRow(d.education, i, { year }) }));
              }}
              error={errorFor(`/education/${i}/year`)}
            />
          </>
        )}
      </RepeatableRows>
    </section>
  );
}

/** "Lingue": rows with the selects "Lingua N" and "Livello N" (A1…C2, Madrelingua). */
export function LanguagesSection({ draft, change, errorFor, clearError, rowsChanged }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.languages.title')}</h2>
      <RepeatableRows
        empty={t('matching.profile.languages.empty')}
        rows={draft.languages}
        addLabel={t('matching.profile.languages.add')}
        removeLabel={(n) => t('matching.profile.languages.remove', { n })}
        onAdd={() => {
          rowsChanged();
          change((d) => ({ languages: [...d.languages, { key: newRowKey(), language: '', level: '' }] }));
        }}
        onRemove={(index) => {
          rowsChanged();
          change((d) => ({ languages: d.languages.filter((_, i) => i !== index) }));
        }}
      >
        {(row, i) => (
          <>
            <SelectField
              label={t('matching.profile.languages.language', { n: i + 1 })}
              value={row.language}
              onChange={(e) => {
                const language = e.target.value;
                change((d) => ({ languages: updateRow(d.languages, i, { language }) }));
                clearError(`/languages/${i}/language`);
              }}
              error={errorFor(`/languages/${i}/language`)}
            >
              <option value="">{t('matching.profile.languages.languagePlaceholder')}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {labels.language(code)}
                </option>
              ))}
              {/* a language from the DID that this list does not offer stays as it is */}
              {row.language && !isOneOf(LANGUAGES, row.language) && <option value={row.language}>{row.language}</option>}
            </SelectField>
            <SelectField
              label={t('matching.profile.languages.level', { n: i + 1 })}
              value={row.level}
              onChange={(e) => {
                const level = e.target.value;
                change((d) => ({ languages: updateRow(d.languages, i, { level }) }));
                clearError(`/languages/${i}/level`);
              }}
              error={errorFor(`/languages/${i}/level`)}
            >
              <option value="">{t('matching.profile.languages.levelPlaceholder')}</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {labels.cefr(level)}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </RepeatableRows>
    </section>
  );
}

/** "Patenti e abilitazioni": a checkbox per licence ("Patente B", "CQC", "Patentino muletto"). */
export function LicencesFieldset({ draft, change, errorFor }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const id = useId();
  const error = errorFor('/licences');
  return (
    <fieldset className={['form-fieldset', 'mt-5', error ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('matching.profile.licences.legend')}</legend>
      <p id={`${id}-hint`} className="text-field__hint form-text">
        {t('matching.profile.licences.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
      <div className="choice-list choice-list--inline">
        {LICENCES.map((licence) => (
          <CheckboxField
            key={licence}
            label={labels.licence(licence)}
            value={licence}
            checked={draft.licences.includes(licence)}
            onChange={(e) => {
              const checked = e.target.checked;
              change((d) => ({ licences: checked ? [...d.licences, licence] : d.licences.filter((l) => l !== licence) }));
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
