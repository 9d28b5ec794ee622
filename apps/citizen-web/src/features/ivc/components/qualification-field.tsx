import type { IvcQualificationResponse } from '@opencpi/contracts';
import { Combobox, useFieldError } from '@opencpi/ui';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useIvcQualificationSearch } from '../api/use-ivc-qualification-search';

interface QualificationValues {
  qualification: IvcQualificationResponse | null;
}

/**
 * The qualification of the regional repertoire: a combobox searching title and code; the field (`qualification`)
 * holds the one picked, whose competences are listed below it. Samples are marked as such.
 */
export function QualificationField() {
  const { t } = useTranslation('citizen');
  const [text, setText] = useState('');
  const search = useIvcQualificationSearch(text);
  const { field } = useController<QualificationValues, 'qualification'>({ name: 'qualification' });
  const error = useFieldError('qualification');
  const chosen = field.value;
  const region = (code: string) => t(`ivc.regions.${code as '01'}`, { defaultValue: code });
  return (
    <>
      <Combobox<IvcQualificationResponse>
        ref={field.ref}
        label={t('ivc.form.qualification')}
        hint={t('ivc.form.qualificationHint')}
        error={error}
        text={text}
        onTextChange={setText}
        status={search.status}
        query={search.query}
        options={search.items}
        optionKey={(q) => q.id}
        optionLabel={(q) => q.title}
        optionDetail={(q) =>
          [t('ivc.form.qualificationDetail', { code: q.code, eqf: q.eqfLevel, region: region(q.region) }), q.sample ? t('ivc.form.sampleDetail') : undefined]
            .filter(Boolean)
            .join(' · ')
        }
        onPick={(q) => field.onChange(q)}
        chosen={chosen ? t('ivc.form.chosen', { title: `${chosen.title} (${chosen.code})` }) : undefined}
        maxLength={100}
      />
      {chosen ? (
        <div className="mb-4">
          {chosen.sample && <p className="small">{t('ivc.form.sampleNotice')}</p>}
          <p className="fw-semibold mb-1">{t('ivc.form.competencesOf')}</p>
          <ul>
            {chosen.competences.map((c) => (
              <li key={c.id}>
                {c.title}
                {c.adaRef && <span className="small"> ({c.adaRef})</span>}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mb-4">{t('ivc.form.none')}</p>
      )}
    </>
  );
}
