import type { ProfileResponse } from '@opencpi/contracts';
import { focusFirstInvalid, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { useSaveMatchProfile } from '../api/use-save-match-profile';
import { bodyFromDraft, checkDraft, draftFromProfile, type DraftSectionProps, type ProfileDraft } from '../profile-draft';
import { EducationSection, ExperiencesSection, LanguagesSection, LicencesFieldset } from './profile-rows-sections';
import { OccupationsSection, SkillsSection } from './profile-taxonomy-sections';
import { VisibilitySection, WhereSection } from './profile-where-section';

/**
 * The professional profile, all in one form: what the person looks for, skills (with the suggested ones),
 * experiences, education, languages, licences, where and how they can work, who may see the profile.
 * The browser checks only what it must (a comune chosen from the list, the distances, the rows' choices); the
 * API's field errors (`/maxKm`, `/experiences/0/from`…) appear next to their field. "Profilo salvato." is said
 * in a status box by the button.
 */
export function ProfileForm({ profile }: { profile: ProfileResponse }) {
  const { t } = useTranslation('citizen');
  const form = useRef<HTMLFormElement>(null);
  const save = useSaveMatchProfile();
  const serverError = useApiFieldErrors(save.error);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const change: DraftSectionProps['change'] = (next) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...(typeof next === 'function' ? next(current) : next) }));
  };
  const errorFor = (pointer: string): string | undefined => clientErrors[pointer] ?? serverError(pointer);
  const clearError = (pointer: string) =>
    setClientErrors((errors) => {
      if (!(pointer in errors)) return errors;
      const { [pointer]: _removed, ...rest } = errors;
      return rest;
    });
  const rowsChanged = () => {
    setClientErrors({});
    save.reset();
  };
  const sectionProps: DraftSectionProps = { draft, change, errorFor, clearError, rowsChanged };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const errors = checkDraft(draft, {
      comuneRequired: t('matching.profile.where.comuneRequired'),
      maxKm: t('matching.profile.where.maxKmError'),
      maxMinutes: t('matching.profile.where.maxMinutesError'),
      selectRequired: t('matching.profile.selectRequired'),
    });
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      save.reset();
      focusFirstInvalid(form.current);
      return;
    }
    save.mutate(bodyFromDraft(draft), {
      onSuccess: () => setSaved(true),
      onError: () => focusFirstInvalid(form.current),
    });
  };

  return (
    <form ref={form} className="profile-form" onSubmit={submit} noValidate>
      <OccupationsSection {...sectionProps} />
      <SkillsSection {...sectionProps} suggested={profile.suggestedSkills} />
      <ExperiencesSection {...sectionProps} />
      <EducationSection {...sectionProps} />
      <LanguagesSection {...sectionProps} />
      <LicencesFieldset {...sectionProps} />
      <WhereSection {...sectionProps} />
      <VisibilitySection {...sectionProps} />

      {save.isError && <ProblemAlert error={save.error} />}
      <StatusMessage className="mt-4">{saved ? <p>{t('matching.profile.saved')}</p> : undefined}</StatusMessage>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={save.isPending}>
          {save.isPending ? t('matching.profile.submitting') : t('matching.profile.submit')}
        </button>
      </div>
    </form>
  );
}
