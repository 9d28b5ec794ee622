import type { CitizenSurveyResponse, PublicSurveyResponse, TextInEveryLanguage } from '@opencpi/contracts';
import type { SurveyQuestion } from './entities/question-set.entity';
import type { SurveyRecord } from './surveys.repository';

/** open | answered | expired (an answered survey stays "answered" after its expiry). */
export function statusOf(r: SurveyRecord, now: Date): 'open' | 'answered' | 'expired' {
  if (r.rating !== null) return 'answered';
  return new Date(r.expiresAt) <= now ? 'expired' : 'open';
}

/** The service's name in every language, as kept with the invitation. */
const serviceNamesOf = (r: SurveyRecord): TextInEveryLanguage => ({ it: r.serviceNameIt, en: r.serviceNameEn, ar: r.serviceNameAr, ro: r.serviceNameRo, uk: r.serviceNameUk });

export function toPublicSurvey(r: SurveyRecord, questions: SurveyQuestion[], officeName: string, now: Date): PublicSurveyResponse {
  return {
    serviceKind: r.serviceKind,
    serviceNameIt: r.serviceNameIt,
    serviceNameEn: r.serviceNameEn,
    serviceNames: serviceNamesOf(r),
    officeName,
    serviceDate: r.serviceDate,
    status: statusOf(r, now),
    expiresAt: new Date(r.expiresAt).toISOString(),
    questions: questions.map((q) => ({ code: q.code, textIt: q.it, textEn: q.en, texts: { it: q.it, en: q.en, ar: q.ar, ro: q.ro, uk: q.uk } })),
    ...(r.rating !== null
      ? {
          answer: {
            rating: r.rating,
            answers: r.answers ?? [],
            ...(r.comment ? { comment: r.comment } : {}),
            commentWithdrawn: r.commentWithdrawnAt !== null,
            answeredAt: new Date(r.answeredAt!).toISOString(),
          },
        }
      : {}),
  };
}

export function toCitizenSurvey(r: SurveyRecord, officeName: string, token: string, now: Date): CitizenSurveyResponse {
  return {
    id: r.id,
    serviceKind: r.serviceKind,
    serviceNameIt: r.serviceNameIt,
    serviceNameEn: r.serviceNameEn,
    serviceNames: serviceNamesOf(r),
    officeName,
    serviceDate: r.serviceDate,
    status: statusOf(r, now),
    expiresAt: new Date(r.expiresAt).toISOString(),
    token,
  };
}
