import { ApiProblem, isUnauthenticatedProblem } from '@opencpi/api-client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/**
 * The app's QueryClient. Any query or mutation failing with 401 (UNAUTHENTICATED or SESSION_EXPIRED) calls
 * `onUnauthenticated`, which sends the user back to the login page. Client errors (4xx) are not retried.
 */
export function createQueryClient(onUnauthenticated: (problem: ApiProblem) => void): QueryClient {
  const handle = (error: unknown) => {
    if (isUnauthenticatedProblem(error)) onUnauthenticated(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
