import { legalRoutes, RouteErrors, lazyPage } from '@opencpi/ui';
import { Outlet, type RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { LoginRoute } from './routes/login';
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
import { messagePreferencesRoutes } from './message-preferences-routes';
import { ivcRoutes } from './ivc-routes';

const AppointmentsRoute = lazyPage(() => import('./routes/appointments'), 'AppointmentsRoute');
const BookAppointmentRoute = lazyPage(() => import('./routes/book-appointment'), 'BookAppointmentRoute');
const ChannelRoute = lazyPage(() => import('./routes/channel'), 'ChannelRoute');
const DidRoute = lazyPage(() => import('./routes/did'), 'DidRoute');
const HelpRoute = lazyPage(() => import('./routes/help'), 'HelpRoute');
const LoginErrorRoute = lazyPage(() => import('./routes/login-error'), 'LoginErrorRoute');
const NotFoundRoute = lazyPage(() => import('./routes/not-found'), 'NotFoundRoute');
const PattoRoute = lazyPage(() => import('./routes/patto'), 'PattoRoute');
const PlanRoute = lazyPage(() => import('./routes/plan'), 'PlanRoute');
const ProfileRoute = lazyPage(() => import('./routes/profile'), 'ProfileRoute');
const RescheduleAppointmentRoute = lazyPage(() => import('./routes/reschedule-appointment'), 'RescheduleAppointmentRoute');
const ReservedAreaRoute = lazyPage(() => import('./routes/reserved-area'), 'ReservedAreaRoute');
// first pages people open from a link: their chunk starts loading with the app
const InvitationRoute = lazyPage(() => import('./routes/invitation'), 'InvitationRoute', { startOn: /^\/invito\// });
const RecallRoute = lazyPage(() => import('./routes/recall'), 'RecallRoute', { startOn: /^\/presenza\// });

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

/** The app's pages (see AppRouter). */
export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        // errors while rendering a page are shown inside the layout
        element: (
          <RouteErrors>
            <Outlet />
          </RouteErrors>
        ),
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
          ...messagePreferencesRoutes,
          ...ivcRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
