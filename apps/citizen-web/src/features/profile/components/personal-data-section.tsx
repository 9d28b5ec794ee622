import type { CitizenProfileResponse, IdentityProviderKind } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { RegistryDataList } from '@opencpi/ui';
import { Callout, CalloutText, CalloutTitle, Icon } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Dati anagrafici": the person's data as received from SPID/CIE, and a note saying so. */
export function PersonalDataSection({ profile, authenticatedWith }: { profile: CitizenProfileResponse; authenticatedWith: IdentityProviderKind | undefined }) {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{tc('registry.personalData')}</h2>
      <RegistryDataList person={profile} />
      <Callout color="note" className="source-note">
        <CalloutTitle>
          <Icon icon="it-info-circle" aria-hidden="true" />
          <span className="text">{t('profile.sourceNote.title')}</span>
        </CalloutTitle>
        <CalloutText className="mb-0">{t(authenticatedWith === 'cie' ? 'profile.sourceNote.cie' : 'profile.sourceNote.spid')}</CalloutText>
        {profile.lastLoginAt && <CalloutText className="small mb-0 mt-2">{t('profile.lastLogin', { date: f.dateTime(profile.lastLoginAt) })}</CalloutText>}
      </Callout>
    </section>
  );
}
