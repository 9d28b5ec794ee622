import { ApiProblem, answerSurvey, surveyKeys } from '@opencpi/api-client';
import type { AnswerSurveyBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/public/surveys/:token/answer: the answer shown is the one the server recorded (after a 409, the first one). */
export function useAnswerSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerSurveyBody) => answerSurvey(token, body),
    onSuccess: (survey) => {
      queryClient.setQueryData(surveyKeys.byToken(token), survey);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.mine() });
    },
    onError: (error) => {
      if (error instanceof ApiProblem && error.code === 'SURVEY_ALREADY_ANSWERED') void queryClient.invalidateQueries({ queryKey: surveyKeys.byToken(token) });
    },
  });
}
