import type { LabelledIdResponse } from '@opencpi/contracts';
import { useFieldError } from '@opencpi/ui';
import { useId, useRef } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_OCCUPATIONS, MAX_SKILLS } from '../matching-options';
import type { ProfileDraft } from '../profile-draft';
import { ChosenList } from './chosen-list';
import { OccupationAutocomplete, SkillAutocomplete } from './taxonomy-autocompletes';

/** "Cosa cerchi": the occupations the person is looking for (ESCO), searched and added, each removable (field `targetOccupations`). */
export function OccupationsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const { field } = useController<ProfileDraft, 'targetOccupations'>({ name: 'targetOccupations' });
  const error = useFieldError('targetOccupations');
  const chosen = field.value;
  const full = chosen.length >= MAX_OCCUPATIONS;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.occupations.title')}</h2>
      <p>{t('matching.profile.occupations.intro')}</p>
      {full && !error ? (
        <p className="fw-semibold">{t('matching.profile.occupations.max')}</p>
      ) : (
        <OccupationAutocomplete
          ref={field.ref}
          label={t('matching.profile.occupations.search')}
          error={error}
          chosen={chosen}
          onAdd={(item) => field.onChange([...chosen, item])}
        />
      )}
      <h3 className="h5 mt-3">{t('matching.profile.occupations.chosen')}</h3>
      <ChosenList items={chosen} empty={t('matching.profile.occupations.empty')} onRemove={(id) => field.onChange(chosen.filter((o) => o.id !== id))} />
    </section>
  );
}

/**
 * "Competenze": the person's skills (ESCO), searched and added, each removable (field `skills`); then the skills
 * suggested for the occupations they look for (not shown when there are none left to add).
 */
export function SkillsSection({ suggested }: { suggested: readonly LabelledIdResponse[] }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const suggestionsRef = useRef<HTMLUListElement>(null);
  const { field } = useController<ProfileDraft, 'skills'>({ name: 'skills' });
  const error = useFieldError('skills');
  const chosen = field.value;
  const full = chosen.length >= MAX_SKILLS;
  const suggestions = suggested.filter((s) => !chosen.some((k) => k.id === s.id));
  const add = (item: LabelledIdResponse) => {
    if (!chosen.some((k) => k.id === item.id) && chosen.length < MAX_SKILLS) field.onChange([...chosen, item]);
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.skills.title')}</h2>
      <p>{t('matching.profile.skills.intro')}</p>
      {full && !error ? (
        <p className="fw-semibold">{t('matching.profile.skills.max')}</p>
      ) : (
        <SkillAutocomplete ref={field.ref} label={t('matching.profile.skills.search')} error={error} chosen={chosen} onAdd={add} />
      )}
      <h3 className="h5 mt-3">{t('matching.profile.skills.chosen')}</h3>
      <ChosenList items={chosen} empty={t('matching.profile.skills.empty')} onRemove={(id) => field.onChange(chosen.filter((s) => s.id !== id))} />
      {suggestions.length > 0 && !full && (
        <>
          <h3 className="h5 mt-4">{t('matching.profile.skills.suggested')}</h3>
          <ul ref={suggestionsRef} className="suggestion-list">
            {suggestions.map((skill, index) => (
              <li key={skill.id}>
                <button
                  type="button"
                  className="btn btn-outline-primary btn-sm"
                  onClick={() => {
                    add(skill);
                    // the button goes away: move to the next suggestion, or back to the list of chosen skills
                    setTimeout(() => {
                      const buttons = suggestionsRef.current?.querySelectorAll<HTMLButtonElement>('button');
                      const next = buttons?.[index] ?? buttons?.[index - 1];
                      if (next) next.focus();
                      else document.getElementById(headingId)?.closest('section')?.querySelector<HTMLElement>('.chosen-list button')?.focus();
                    }, 0);
                  }}
                >
                  {t('matching.autocomplete.add', { label: skill.label })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
