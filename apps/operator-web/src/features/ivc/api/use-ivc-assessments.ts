import { getIvcAssessments, ivcKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/ivc/assessments (assessors) */
export function useIvcAssessments() {
  return useQuery({ queryKey: ivcKeys.assessments(), queryFn: ({ signal }) => getIvcAssessments(signal) });
}
