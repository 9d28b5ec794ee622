import { CEFR_LEVELS } from '@opencpi/contracts/browser';
import { useTranslation } from 'react-i18next';
import { FormSelectField } from '../forms/form-fields';
import { RepeatableRows } from '../forms/repeatable-rows';
import { VACANCY_LANGUAGES } from './vacancy-form-values';
import type { VacancyOptionLabels } from './vacancy-option-labels';

/** "Lingue": rows of language and CEFR level (at most 5: the DTO's limit, checked by the resolver). */
export function VacancyLanguagesSection({ labels }: { labels: VacancyOptionLabels }) {
  const { t } = useTranslation('common');
  return (
    <RepeatableRows
      name="languages"
      title={t('vacancyForm.languages.title')}
      empty={t('vacancyForm.languages.empty')}
      rowLegend={(i) => t('vacancyForm.languages.row', { n: i + 1 })}
      removeLabel={(i) => t('vacancyForm.languages.remove', { n: i + 1 })}
      addLabel={t('vacancyForm.languages.add')}
      newRow={() => ({ language: '', level: '' })}
      max={5}
      renderRow={(i) => (
        <>
          <FormSelectField name={`languages.${i}.language`} label={t('vacancyForm.languages.language', { n: i + 1 })}>
            <option value="">{t('vacancyForm.languages.languagePlaceholder')}</option>
            {VACANCY_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {labels.language(code)}
              </option>
            ))}
          </FormSelectField>
          <FormSelectField name={`languages.${i}.level`} label={t('vacancyForm.languages.level', { n: i + 1 })}>
            <option value="">{t('vacancyForm.languages.levelPlaceholder')}</option>
            {CEFR_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.level(level)}
              </option>
            ))}
          </FormSelectField>
        </>
      )}
    />
  );
}
