import { createHash } from 'node:crypto';

/** How long a survey stays open after the service, in days. */
export const SURVEY_OPEN_DAYS = 30;

/** The message the link's token signs (HMAC under the `survey-link` key): single purpose, one survey. */
export const surveyTokenMessage = (invitationId: string): string => `survey:${invitationId}`;

/** The database keeps only this (a leaked table opens no survey). */
export const tokenHashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The channel a survey records, from how the service was delivered. */
export function surveyChannelOf(appointmentChannel: string): 'in_person' | 'phone' | 'video' | 'unspecified' {
  return appointmentChannel === 'in_person' || appointmentChannel === 'phone' || appointmentChannel === 'video' ? appointmentChannel : 'unspecified';
}

/** Mean of ratings, 2 decimals; undefined without answers. */
export function meanOf(sum: number, count: number): number | undefined {
  return count > 0 ? Math.round((sum / count) * 100) / 100 : undefined;
}
