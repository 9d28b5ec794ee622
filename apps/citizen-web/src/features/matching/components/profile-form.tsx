import type { ProfileResponse } from '@opencpi/contracts';
import { SaveProfileBody } from '@opencpi/contracts/browser';
import { focusFirstInvalid, FormShell, ProblemAlert, StatusMessage, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveMatchProfile } from '../api/use-save-match-profile';
import { bodyFromDraft, draftFromProfile, profileFieldOf, type ProfileDraft } from '../profile-draft';
import { EducationSection, ExperiencesSection, LanguagesSection, LicencesFieldset } from './profile-rows-sections';
import { OccupationsSection, SkillsSection } from './profile-taxonomy-sections';
import { VisibilitySection, WhereSection } from './profile-where-section';

/** The profile form's own sentences: a comune to pick, the distances' ranges, a choice in a row's list. */
function useProfileMessages(): FieldMessages {
  const { t } = useTranslation('citizen');
  return (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'comune') return t('matching.profile.where.comuneRequired');
    if (field === 'maxKm') return t('matching.profile.where.maxKmError');
    if (field === 'maxMinutes') return t('matching.profile.where.maxMinutesError');
    if (/\.(eqfLevel|language|level)$/.test(field)) return t('matching.profile.selectRequired');
    return undefined;
  };
}

/**
 * The professional profile, all in one form: what the person looks for, skills (with the suggested ones),
 * experiences, education, languages, licences, where and how they can work, who may see the profile.
 * SaveProfileBody's limits are checked in the browser; the API's field errors (`/maxKm`, `/experiences/0/from`…)
 * appear next to the same fields. "Profilo salvato." is said in a status box by the button.
 */
export function ProfileForm({ profile }: { profile: ProfileResponse }) {
  const { t } = useTranslation('citizen');
  const formId = useId();
  const save = useSaveMatchProfile();
  const form = useDtoForm<ProfileDraft, SaveProfileBody>({
    dto: SaveProfileBody,
    toBody: bodyFromDraft,
    fieldOf: profileFieldOf,
    defaultValues: draftFromProfile(profile),
    serverError: save.error,
  });
  const [saved, setSaved] = useState(false);
  const messages = useProfileMessages();

  // any change after saving: the status no longer holds
  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);
  // a refused save: once its field errors are on the fields, focus the first one
  useEffect(() => {
    if (save.error) focusFirstInvalid(document.getElementById(formId));
  }, [save.error, formId]);

  const submit = (draft: ProfileDraft) => {
    if (save.isPending) return;
    setSaved(false);
    save.mutate(bodyFromDraft(draft), { onSuccess: () => setSaved(true) });
  };

  return (
    <FormShell
      id={formId}
      form={form}
      messages={messages}
      onValid={submit}
      // a new attempt: the last one's error box goes
      onSubmitCapture={() => {
        if (!save.isPending) save.reset();
      }}
      className="profile-form"
    >
      <OccupationsSection />
      <SkillsSection suggested={profile.suggestedSkills} />
      <ExperiencesSection />
      <EducationSection />
      <LanguagesSection />
      <LicencesFieldset />
      <WhereSection />
      <VisibilitySection />

      {save.isError && <ProblemAlert error={save.error} />}
      <StatusMessage className="mt-4">{saved ? <p>{t('matching.profile.saved')}</p> : undefined}</StatusMessage>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={save.isPending}>
          {save.isPending ? t('matching.profile.submitting') : t('matching.profile.submit')}
        </button>
      </div>
    </FormShell>
  );
}
