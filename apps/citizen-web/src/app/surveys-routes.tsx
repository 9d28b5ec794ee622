import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { surveyLinkPath, surveysPath } from '../features/surveys/surveys-paths';

const MySurveysRoute = lazyPage(() => import('./routes/my-surveys'), 'MySurveysRoute');
const SurveyRoute = lazyPage(() => import('./routes/survey'), 'SurveyRoute');

/** "Valuta il servizio" (logged in) and the survey link (public, no login). */
export const surveysRoutes: RouteObject[] = [
  {
    path: surveysPath.slice(1),
    element: (
      <RequireAuth>
        <MySurveysRoute />
      </RequireAuth>
    ),
  },
  { path: `${surveyLinkPath.slice(1)}/:token`, element: <SurveyRoute /> },
];
