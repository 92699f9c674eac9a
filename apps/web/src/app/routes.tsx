import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { AppShell } from './layout/app-shell';
import { AcceptInvitationRoute } from './routes/accept-invitation-route';
import { AuditRoute } from './routes/audit-route';
import { ChangePasswordRoute } from './routes/change-password-route';
import { CommitmentRoute } from './routes/commitment-route';
import { DevMailRoute } from './routes/dev-mail-route';
import { HomeRoute } from './routes/home-route';
import { MotivationReviewsRoute } from './routes/motivation-reviews-route';
import { NotFoundRoute } from './routes/not-found-route';
import { PartnershipRoute } from './routes/partnership-route';
import { PartnershipsRoute } from './routes/partnerships-route';
import { ReceivedInvitationsRoute } from './routes/received-invitations-route';
import { SignInRoute } from './routes/sign-in-route';
import { StepRoute } from './routes/step-route';
import { UsersRoute } from './routes/users-route';

/** Routes compose features; features never import each other. Addresses are French, like the product. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'etapes/:step', element: <StepRoute /> },
      { path: 'connexion', element: <SignInRoute /> },
      { path: 'invitation/:token', element: <AcceptInvitationRoute /> },
      { path: 'dev/mail', element: <DevMailRoute /> },
      { path: 'dev/mail/:id', element: <DevMailRoute /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'compte/mot-de-passe', element: <ChangePasswordRoute /> },
          { path: 'partenariats', element: <PartnershipsRoute /> },
          { path: 'partenariats/:partnershipId', element: <PartnershipRoute /> },
        ],
      },
      {
        element: <RequireSession capability="organisation.manage" />,
        children: [
          { path: 'organisation/utilisateurs', element: <UsersRoute /> },
          { path: 'invitations-partenariat', element: <ReceivedInvitationsRoute /> },
        ],
      },
      {
        element: <RequireSession capability="partnership.internal.read" />,
        children: [{ path: 'partenariats/:partnershipId/engagement', element: <CommitmentRoute /> }],
      },
      {
        element: <RequireSession capability="motivation.review" />,
        children: [{ path: 'motivations-a-relire', element: <MotivationReviewsRoute /> }],
      },
      {
        element: <RequireSession capability="audit.read" />,
        children: [{ path: 'organisation/journal', element: <AuditRoute /> }],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
