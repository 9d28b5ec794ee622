import type { LabelledIdResponse } from '@opencpi/contracts';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OCCUPATIONS, MAX_SKILLS } from '../matching-options';
import type { DraftSectionProps } from '../profile-draft';
import { ChosenList } from './chosen-list';
import { OccupationAutocomplete, SkillAutocomplete } from './taxonomy-autocompletes';

/** "Cosa cerchi": the occupations the person is looking for (ESCO), searched and added, each removable. */
export function OccupationsSection({ draft, change, errorFor }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const full = draft.targetOccupations.length >= MAX_OCCUPATIONS;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.occupations.title')}</h2>
      <p>{t('matching.profile.occupations.intro')}</p>
      {full ? (
        <p className="fw-semibold">{t('matching.profile.occupations.max')}</p>
      ) : (
        <OccupationAutocomplete
          label={t('matching.profile.occupations.search')}
          error={errorFor('/targetOccupationIds')}
          chosen={draft.targetOccupations}
          onAdd={(item) => change((d) => ({ targetOccupations: [...d.targetOccupations, item] }))}
        />
      )}
      <h3 className="h5 mt-3">{t('matching.profile.occupations.chosen')}</h3>
      <ChosenList
        items={draft.targetOccupations}
        empty={t('matching.profile.occupations.empty')}
        onRemove={(id) => change((d) => ({ targetOccupations: d.targetOccupations.filter((o) => o.id !== id) }))}
      />
    </section>
  );
}

/**
 * "Competenze": the person's skills (ESCO), searched and added, each removable; then the skills suggested for the
 * occupations they look for (not shown when there are none left to add).
 */
export function SkillsSection({ draft, change, errorFor, suggested }: DraftSectionProps & { suggested: readonly LabelledIdResponse[] }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const suggestionsRef = useRef<HTMLUListElement>(null);
  const full = draft.skills.length >= MAX_SKILLS;
  const suggestions = suggested.filter((s) => !draft.skills.some((k) => k.id === s.id));
  const add = (item: LabelledIdResponse) => change((d) => (d.skills.some((k) => k.id === item.id) || d.skills.length >= MAX_SKILLS ? {} : { skills: [...d.skills, item] }));

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.skills.title')}</h2>
      <p>{t('matching.profile.skills.intro')}</p>
      {full ? (
        <p className="fw-semibold">{t('matching.profile.skills.max')}</p>
      ) : (
        <SkillAutocomplete label={t('matching.profile.skills.search')} error={errorFor('/skillIds')} chosen={draft.skills} onAdd={add} />
      )}
      <h3 className="h5 mt-3">{t('matching.profile.skills.chosen')}</h3>
      <ChosenList items={draft.skills} empty={t('matching.profile.skills.empty')} onRemove={(id) => change((d) => ({ skills: d.skills.filter((s) => s.id !== id) }))} />
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
