import type { RouteObject } from 'react-router';
import { AppShell } from './layout/app-shell';
import { DevMailRoute } from './routes/dev-mail-route';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';
import { StepRoute } from './routes/step-route';

/** Routes compose features; features never import each other. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'etapes/:step', element: <StepRoute /> },
      { path: 'dev/mail', element: <DevMailRoute /> },
      { path: 'dev/mail/:id', element: <DevMailRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
