import { FormDateField, FormSelectField, FormTextField, RepeatableRows } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { PATTO_ACTION_TYPES, PATTO_PROVIDERS, usePattoLabels } from '../hooks/use-patto-labels';

/** The patto's actions: type, provider, title and due date of each (at most 30, PattoContentBody's limit). */
export function PattoActionsSection() {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  return (
    <RepeatableRows
      name="actions"
      title={t('patto.form.actions')}
      empty={t('patto.form.noActions')}
      rowLegend={(i) => t('patto.form.action', { n: i + 1 })}
      addLabel={t('patto.form.addAction')}
      removeLabel={(i) => t('patto.form.removeAction', { n: i + 1 })}
      newRow={() => ({ type: 'other', title: '', provider: 'cpi', dueDate: '' })}
      max={30}
      renderRow={(i) => (
        <>
          <FormSelectField name={`actions.${i}.type`} label={t('patto.form.actionType', { n: i + 1 })}>
            {PATTO_ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.actionType(type)}
              </option>
            ))}
          </FormSelectField>
          <FormSelectField name={`actions.${i}.provider`} label={t('patto.form.actionProvider', { n: i + 1 })}>
            {PATTO_PROVIDERS.map((provider) => (
              <option key={provider} value={provider}>
                {labels.provider(provider)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField name={`actions.${i}.title`} label={t('patto.form.actionTitle', { n: i + 1 })} />
          <FormDateField name={`actions.${i}.dueDate`} label={t('patto.form.actionDueDate', { n: i + 1 })} />
        </>
      )}
    />
  );
}
