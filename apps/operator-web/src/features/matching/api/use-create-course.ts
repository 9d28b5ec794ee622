import { createCourse, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/matching/courses; then the catalogue is read again. */
export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCourse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.courses() }),
  });
}
