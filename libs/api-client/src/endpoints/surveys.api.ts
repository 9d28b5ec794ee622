import type {
  AnswerSurveyBody,
  CitizenSurveyListResponse,
  PublicSurveyResponse,
  SatisfactionCommentListResponse,
  SatisfactionCommentsQuery,
  SatisfactionResultsQuery,
  SatisfactionResultsResponse,
} from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/*
 * Satisfaction surveys (issue 16): the survey link (public, no login), "Valuta il servizio" (citizen), and the
 * results for managers (operator SPA).
 */

export const surveyKeys = {
  all: ['surveys'] as const,
  byToken: (token: string) => ['surveys', 'link', token] as const,
  mine: () => ['surveys', 'mine'] as const,
  results: (q: SatisfactionResultsQuery) => ['surveys', 'results', q] as const,
  comments: (q: SatisfactionCommentsQuery) => ['surveys', 'comments', q] as const,
} as const;

/** GET /api/public/surveys/:token: 404 SURVEY_NOT_FOUND for a forged or unknown link */
export function getSurvey(token: string, signal?: AbortSignal): Promise<PublicSurveyResponse> {
  return call(() => apiClient().GET('/api/public/surveys/{token}', { params: { path: { token } }, signal }));
}
/** POST /api/public/surveys/:token/answer: once (409 SURVEY_ALREADY_ANSWERED keeps the first answer) */
export function answerSurvey(token: string, body: AnswerSurveyBody): Promise<PublicSurveyResponse> {
  return call(() => apiClient().POST('/api/public/surveys/{token}/answer', { params: { path: { token } }, body }));
}
/** POST /api/public/surveys/:token/comment-withdrawal: erase my comment (the rating stays) */
export function withdrawSurveyComment(token: string): Promise<PublicSurveyResponse> {
  return call(() => apiClient().POST('/api/public/surveys/{token}/comment-withdrawal', { params: { path: { token } } }));
}
/** GET /api/citizen/surveys: my surveys with their links */
export function getMySurveys(signal?: AbortSignal): Promise<CitizenSurveyListResponse> {
  return call(() => apiClient().GET('/api/citizen/surveys', { signal }));
}
/** GET /api/operator/surveys/results (managers) */
export function getSatisfactionResults(query: SatisfactionResultsQuery, signal?: AbortSignal): Promise<SatisfactionResultsResponse> {
  return call(() => apiClient().GET('/api/operator/surveys/results', { params: { query }, signal }));
}
/** GET /api/operator/surveys/comments (managers): without the person's identity */
export function getSatisfactionComments(query: SatisfactionCommentsQuery, signal?: AbortSignal): Promise<SatisfactionCommentListResponse> {
  return call(() => apiClient().GET('/api/operator/surveys/comments', { params: { query }, signal }));
}
