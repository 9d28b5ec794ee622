import type { StaffProfileResponse } from '@opencpi/contracts';

/** The operator's own staff id (the agenda's operatorId), from GET /operator/registry/me. */
export function staffIdOf(profile: StaffProfileResponse | undefined): string | undefined {
  return profile?.staffId || undefined;
}

/** "Mario Rossi", as the agenda writes operators' names (given name, then family name). */
export const staffNameOf = (profile: StaffProfileResponse): string => `${profile.givenName} ${profile.familyName}`;
