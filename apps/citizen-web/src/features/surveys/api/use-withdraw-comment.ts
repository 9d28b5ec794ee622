import { surveyKeys, withdrawSurveyComment } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/public/surveys/:token/comment-withdrawal: the comment is erased, the rating stays. */
export function useWithdrawComment(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawSurveyComment(token),
    onSuccess: (survey) => queryClient.setQueryData(surveyKeys.byToken(token), survey),
  });
}
