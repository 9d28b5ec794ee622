import { legalRoutes, RouteErrorPage } from '@opencpi/ui';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { AppointmentsRoute } from './routes/appointments';
import { BookAppointmentRoute } from './routes/book-appointment';
import { ChannelRoute } from './routes/channel';
import { DidRoute } from './routes/did';
import { HelpRoute } from './routes/help';
import { InvitationRoute } from './routes/invitation';
import { RecallRoute } from './routes/recall';
import { LoginRoute } from './routes/login';
import { LoginErrorRoute } from './routes/login-error';
import { NotFoundRoute } from './routes/not-found';
import { PattoRoute } from './routes/patto';
import { PlanRoute } from './routes/plan';
import { ProfileRoute } from './routes/profile';
import { RescheduleAppointmentRoute } from './routes/reschedule-appointment';
import { ReservedAreaRoute } from './routes/reserved-area';
import { RootLayout } from './routes/root-layout';
import { impreseRoutes } from './imprese-routes';
import { matchingRoutes } from './matching-routes';
import { condizionalitaRoutes } from './condizionalita-routes';
import { consentRoutes } from './consent-routes';
import { delegationsRoutes } from './delegations-routes';
import { certificatesRoutes } from './certificates-routes';
import { portabilityRoutes } from './portability-routes';
import { openDataRoutes } from './open-data-routes';
import { surveysRoutes } from './surveys-routes';
import { ivcRoutes } from './ivc-routes';

/** Paths of the citizen app (the API redirects to /profilo and /accesso/errore). */
export const paths = {
  login: '/',
  profile: '/profilo',
  help: '/aiuto',
  loginError: '/accesso/errore',
  appointments: '/appuntamenti',
  bookAppointment: '/appuntamenti/prenota',
  /** with generatePath(paths.rescheduleAppointment, { appointmentId }) */
  rescheduleAppointment: '/appuntamenti/:appointmentId/sposta',
  /** "presa in carico": the declaration of availability (DID) */
  did: '/did',
  /** how the person prefers to be followed (self-assessment, advice, own choice) */
  channel: '/canale',
  /** the personalised service agreement: read, sign, download */
  patto: '/patto',
  /** the action plan: the patto's actions and the person's own job-search activities */
  plan: '/piano',
  /** the reserved area shared with the CPI: messages, documents, timeline */
  reservedArea: '/area-riservata',
  /** public: the link in an invitation e-mail/SMS, no login */
  invitation: '/invito/:token',
  /** public: the "are you coming?" link of the 48-hour message, no login */
  recall: '/presenza/:appointmentId/:signature',
} as const;

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        {
          // errors while rendering a page are shown inside the layout
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <LoginRoute /> },
            {
              path: 'profilo',
              element: (
                <RequireAuth>
                  <ProfileRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'appuntamenti',
              element: (
                <RequireAuth>
                  <AppointmentsRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'appuntamenti/prenota',
              element: (
                <RequireAuth>
                  <BookAppointmentRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'appuntamenti/:appointmentId/sposta',
              element: (
                <RequireAuth>
                  <RescheduleAppointmentRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'did',
              element: (
                <RequireAuth>
                  <DidRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'canale',
              element: (
                <RequireAuth>
                  <ChannelRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'patto',
              element: (
                <RequireAuth>
                  <PattoRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'piano',
              element: (
                <RequireAuth>
                  <PlanRoute />
                </RequireAuth>
              ),
            },
            {
              path: 'area-riservata',
              element: (
                <RequireAuth>
                  <ReservedAreaRoute />
                </RequireAuth>
              ),
            },
            // public: opened from an e-mail or SMS, without logging in
            { path: 'invito/:token', element: <InvitationRoute /> },
            { path: 'presenza/:appointmentId/:signature', element: <RecallRoute /> },
            { path: 'aiuto', element: <HelpRoute /> },
            ...legalRoutes(),
            { path: 'accesso/errore', element: <LoginErrorRoute /> },
            ...matchingRoutes,
            ...impreseRoutes,
            ...condizionalitaRoutes,
            ...consentRoutes,
            ...delegationsRoutes,
            ...certificatesRoutes,
            ...portabilityRoutes,
            ...openDataRoutes,
            ...surveysRoutes,
            ...ivcRoutes,
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
