import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { AppShell } from './layout/app-shell';
import { BareShell } from './layout/bare-shell';
import { RouteError } from './layout/route-error';
import { loadPageTexts } from '../lib/i18n/i18n';
import { SignInRoute } from './routes/sign-in-route';

/**
 * A page loaded on first visit, in its own chunk: the first screen downloads only the shell and its page
 * (`vite build` prints the sizes). The router waits for the chunk, and for the pages' French texts fetched
 * beside it the first time (`loadPageTexts`), before showing the page.
 */
function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), loadPageTexts()]);
    return { Component: pick(module) };
  };
}

/** Routes compose features; features never import each other. Addresses are French, like the product. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    // Shown while the first page's chunk loads: the shell, with a loading message for its content.
    hydrateFallbackElement: <AppShell loading />,
    children: [
      {
        // A page that cannot load (its chunk is gone after a deployment, the network dropped) keeps the shell.
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: lazyPage(
              () => import('./routes/home-route'),
              (m) => m.HomeRoute,
            ),
          },
          {
            path: 'etapes/:step',
            lazy: lazyPage(
              () => import('./routes/step-route'),
              (m) => m.StepRoute,
            ),
          },
          {
            path: 'accessibilite',
            lazy: lazyPage(
              () => import('./routes/accessibility-route'),
              (m) => m.AccessibilityRoute,
            ),
          },
          {
            path: 'connexion',
            // In the first download, not a chunk of its own: every visitor without a session lands here, a
            // partner on a slow connection first of all, and a chunk fetched only once the app has started
            // would cost one more round trip before the form can be used.
            Component: SignInRoute,
          },
          {
            path: 'invitation/:token',
            lazy: lazyPage(
              () => import('./routes/accept-invitation-route'),
              (m) => m.AcceptInvitationRoute,
            ),
          },
          {
            path: 'dev/mail',
            lazy: lazyPage(
              () => import('./routes/dev-mail-route'),
              (m) => m.DevMailRoute,
            ),
          },
          {
            path: 'dev/mail/:id',
            lazy: lazyPage(
              () => import('./routes/dev-mail-route'),
              (m) => m.DevMailRoute,
            ),
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: 'compte/mot-de-passe',
                lazy: lazyPage(
                  () => import('./routes/change-password-route'),
                  (m) => m.ChangePasswordRoute,
                ),
              },
              {
                path: 'compte/rappels',
                lazy: lazyPage(
                  () => import('./routes/reminder-settings-route'),
                  (m) => m.ReminderSettingsRoute,
                ),
              },
              {
                path: 'a-faire',
                lazy: lazyPage(
                  () => import('./routes/inbox-route'),
                  (m) => m.InboxRoute,
                ),
              },
              {
                path: 'a-envoyer',
                lazy: lazyPage(
                  () => import('./routes/outbox-route'),
                  (m) => m.OutboxRoute,
                ),
              },
              {
                path: 'notifications',
                lazy: lazyPage(
                  () => import('./routes/notifications-route'),
                  (m) => m.NotificationsRoute,
                ),
              },
              {
                path: 'partenariats',
                lazy: lazyPage(
                  () => import('./routes/partnerships-route'),
                  (m) => m.PartnershipsRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId',
                lazy: lazyPage(
                  () => import('./routes/partnership-route'),
                  (m) => m.PartnershipRoute,
                ),
              },
              {
                path: 'annuaire',
                lazy: lazyPage(
                  () => import('./routes/directory-route'),
                  (m) => m.DirectoryRoute,
                ),
              },
            ],
          },
          {
            element: <RequireSession capability="organisation.manage" />,
            children: [
              {
                path: 'organisation/utilisateurs',
                lazy: lazyPage(
                  () => import('./routes/users-route'),
                  (m) => m.UsersRoute,
                ),
              },
              {
                path: 'organisation/annuaire',
                lazy: lazyPage(
                  () => import('./routes/directory-profile-route'),
                  (m) => m.DirectoryProfileRoute,
                ),
              },
              {
                path: 'organisation/rappels',
                lazy: lazyPage(
                  () => import('./routes/organisation-reminders-route'),
                  (m) => m.OrganisationRemindersRoute,
                ),
              },
              {
                path: 'invitations-partenariat',
                lazy: lazyPage(
                  () => import('./routes/received-invitations-route'),
                  (m) => m.ReceivedInvitationsRoute,
                ),
              },
            ],
          },
          {
            element: <RequireSession capability="partnership.internal.read" />,
            children: [
              {
                path: 'partenariats/:partnershipId/engagement',
                lazy: lazyPage(
                  () => import('./routes/commitment-route'),
                  (m) => m.CommitmentRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/presentation',
                lazy: lazyPage(
                  () => import('./routes/presentation-route'),
                  (m) => m.PresentationRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/dialogue',
                lazy: lazyPage(
                  () => import('./routes/dialogue-route'),
                  (m) => m.DialogueRoute,
                ),
              },
            ],
          },
          {
            element: <RequireSession capability="partnership.read" />,
            children: [
              {
                path: 'tableau-de-bord',
                lazy: lazyPage(
                  () => import('./routes/portfolio-route'),
                  (m) => m.PortfolioRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/partenaires',
                lazy: lazyPage(
                  () => import('./routes/partner-search-route'),
                  (m) => m.PartnerSearchRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/motivations-croisees',
                lazy: lazyPage(
                  () => import('./routes/motivations-side-by-side-route'),
                  (m) => m.MotivationsSideBySideRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/convention',
                lazy: lazyPage(
                  () => import('./routes/convention-route'),
                  (m) => m.ConventionRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/actions',
                lazy: lazyPage(
                  () => import('./routes/actions-route'),
                  (m) => m.ActionsRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/actions/:actionId',
                lazy: lazyPage(
                  () => import('./routes/action-route'),
                  (m) => m.ActionRoute,
                ),
              },
              {
                path: 'partenariats/:partnershipId/missions',
                lazy: lazyPage(
                  () => import('./routes/visits-route'),
                  (m) => m.VisitsRoute,
                ),
              },
              {
                path: 'organisation/acteurs',
                lazy: lazyPage(
                  () => import('./routes/territory-actors-route'),
                  (m) => m.TerritoryActorsRoute,
                ),
              },
              {
                path: 'organisation/appels-a-projets',
                lazy: lazyPage(
                  () => import('./routes/funding-calls-route'),
                  (m) => m.FundingCallsRoute,
                ),
              },
              {
                path: 'organisation/declaration-apd',
                lazy: lazyPage(
                  () => import('./routes/oda-declaration-route'),
                  (m) => m.OdaDeclarationRoute,
                ),
              },
              {
                path: 'organisation/iati',
                lazy: lazyPage(
                  () => import('./routes/iati-route'),
                  (m) => m.IatiRoute,
                ),
              },
              {
                path: 'organisation/fiche-atlas',
                lazy: lazyPage(
                  () => import('./routes/atlas-sheet-route'),
                  (m) => m.AtlasSheetRoute,
                ),
              },
              {
                path: 'organisation/dossier-de-passation',
                lazy: lazyPage(
                  () => import('./routes/handover-dossier-route'),
                  (m) => m.HandoverDossierRoute,
                ),
              },
            ],
          },
          {
            element: <RequireSession capability="motivation.review" />,
            children: [
              {
                path: 'motivations-a-relire',
                lazy: lazyPage(
                  () => import('./routes/motivation-reviews-route'),
                  (m) => m.MotivationReviewsRoute,
                ),
              },
            ],
          },
          {
            element: <RequireSession capability="audit.read" />,
            children: [
              {
                path: 'organisation/journal',
                lazy: lazyPage(
                  () => import('./routes/audit-route'),
                  (m) => m.AuditRoute,
                ),
              },
            ],
          },
          {
            path: '*',
            lazy: lazyPage(
              () => import('./routes/not-found-route'),
              (m) => m.NotFoundRoute,
            ),
          },
        ],
      },
    ],
  },
  {
    // A presentation shared by link: no session, nothing of the app but the language switch.
    element: <BareShell languageSwitch />,
    hydrateFallbackElement: <BareShell languageSwitch loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            path: 'presentation-partagee/:token',
            lazy: lazyPage(
              () => import('./routes/shared-presentation-route'),
              (m) => m.SharedPresentationRoute,
            ),
          },
        ],
      },
    ],
  },
  {
    // The print view of a presentation: the document alone.
    element: <BareShell />,
    hydrateFallbackElement: <BareShell loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            element: <RequireSession capability="partnership.internal.read" />,
            children: [
              {
                path: 'partenariats/:partnershipId/presentation/impression',
                lazy: lazyPage(
                  () => import('./routes/presentation-print-route'),
                  (m) => m.PresentationPrintRoute,
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];
