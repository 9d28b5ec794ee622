import { all, citizen, managers, type RouteExpectation } from '../authz-outcomes';

/**
 * Satisfaction surveys (issue 16): the survey link answers nobody for a token that is not a survey's (the fixture's
 * `token` is an agenda invitation's: signed under another purpose, so a forged survey link); the citizen list is the
 * caller's own; results and comments are for managers only (the caller manager sees the offices they serve: CPI
 * Torino, without the victim's Moncalieri), operators and everyone else are refused.
 */
export const SURVEYS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/public/surveys/:token': all(404),
  'POST /api/public/surveys/:token/answer': all(400), // an empty body: refused before any link is looked at (a forged link with a rating: 404, surveys.int-spec)
  'POST /api/public/surveys/:token/comment-withdrawal': all(404),
  'GET /api/citizen/surveys': citizen(200), // the caller's own surveys
  'GET /api/operator/surveys/results': managers(200), // the last 90 days of the manager's own offices: aggregates, no person in them
  'GET /api/operator/surveys/comments': managers(200), // comments of the manager's own offices, without identities
};
