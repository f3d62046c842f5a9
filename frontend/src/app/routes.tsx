import { Navigate, type RouteObject } from 'react-router';
import { page } from '@/app/lazy-page';
import { AuthenticatedLayoutRoute } from '@/app/routes/authenticated-layout';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RouteErrorPage } from '@/app/routes/route-error';
import { ForgotPasswordRoute } from '@/app/routes/forgot-password';
import { AcceptInviteRoute, ResetPasswordRoute } from '@/app/routes/reset-password';
import { SignUpRoute } from '@/app/routes/signup';
import { UnsubscribeRoute } from '@/app/routes/unsubscribe';
import { VerifyEmailRoute } from '@/app/routes/verify-email';

// Pages other than the public ones (sign-in, sign-up, links from e-mails), home and the layout
// load when first opened, each from a chunk of its own.
const AccountRoute = page(() => import('@/app/routes/account'), 'AccountRoute');
const AdminCompanyValuesRoute = page(
  () => import('@/app/routes/admin-feedback'),
  'AdminCompanyValuesRoute',
);
const AdminFeedbackRoute = page(() => import('@/app/routes/admin-feedback'), 'AdminFeedbackRoute');
const AdminLayoutRoute = page(() => import('@/app/routes/admin-layout'), 'AdminLayoutRoute');
const AdminPeopleRoute = page(() => import('@/app/routes/admin-people'), 'AdminPeopleRoute');
const AdminPeriodsRoute = page(() => import('@/app/routes/admin-periods'), 'AdminPeriodsRoute');
const AdminReviewCycleRoute = page(
  () => import('@/app/routes/admin-review-cycles'),
  'AdminReviewCycleRoute',
);
const AdminReviewCyclesRoute = page(
  () => import('@/app/routes/admin-review-cycles'),
  'AdminReviewCyclesRoute',
);
const AdminReviewTemplatesRoute = page(
  () => import('@/app/routes/admin-review-cycles'),
  'AdminReviewTemplatesRoute',
);
const AdminTeamsRoute = page(() => import('@/app/routes/admin-teams'), 'AdminTeamsRoute');
const CascadeRoute = page(() => import('@/app/routes/cascade'), 'CascadeRoute');
const FeedbackItemRoute = page(() => import('@/app/routes/feedback'), 'FeedbackItemRoute');
const FeedbackRoute = page(() => import('@/app/routes/feedback'), 'FeedbackRoute');
const PraiseRoute = page(() => import('@/app/routes/feedback'), 'PraiseRoute');
const ObjectiveRoute = page(() => import('@/app/routes/objective'), 'ObjectiveRoute');
const ObjectivesLayoutRoute = page(
  () => import('@/app/routes/objectives-layout'),
  'ObjectivesLayoutRoute',
);
const MyObjectivesRoute = page(() => import('@/app/routes/objectives-mine'), 'MyObjectivesRoute');
const TeamObjectivesRoute = page(
  () => import('@/app/routes/objectives-team'),
  'TeamObjectivesRoute',
);
const OneOnOneRoute = page(() => import('@/app/routes/one-on-one'), 'OneOnOneRoute');
const OneOnOnesRoute = page(() => import('@/app/routes/one-on-ones'), 'OneOnOnesRoute');
const OrgChartRoute = page(() => import('@/app/routes/org-chart'), 'OrgChartRoute');
const PeopleRoute = page(() => import('@/app/routes/people'), 'PeopleRoute');
const PersonRoute = page(() => import('@/app/routes/person'), 'PersonRoute');
const ReportRoute = page(() => import('@/app/routes/reports'), 'ReportRoute');
const ReportsRoute = page(() => import('@/app/routes/reports'), 'ReportsRoute');
const ReviewRoute = page(() => import('@/app/routes/review'), 'ReviewRoute');
const ReviewsRoute = page(() => import('@/app/routes/reviews'), 'ReviewsRoute');
const NotificationsRoute = page(() => import('@/app/routes/notifications'), 'NotificationsRoute');
const SettingsRoute = page(() => import('@/app/routes/settings'), 'SettingsRoute');
const SettingsLayoutRoute = page(() => import('@/app/routes/settings-layout'), 'SettingsLayoutRoute');
const DeveloperRoute = page(() => import('@/app/routes/developer'), 'DeveloperRoute');
const AdminAuditLogRoute = page(() => import('@/app/routes/admin-integrations'), 'AdminAuditLogRoute');
const AdminServiceAccountsRoute = page(
  () => import('@/app/routes/admin-integrations'),
  'AdminServiceAccountsRoute',
);

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute />, errorElement: <RouteErrorPage /> },
  { path: '/signup', element: <SignUpRoute />, errorElement: <RouteErrorPage /> },
  { path: '/verify-email', element: <VerifyEmailRoute />, errorElement: <RouteErrorPage /> },
  { path: '/forgot-password', element: <ForgotPasswordRoute />, errorElement: <RouteErrorPage /> },
  { path: '/reset-password', element: <ResetPasswordRoute />, errorElement: <RouteErrorPage /> },
  { path: '/accept-invite', element: <AcceptInviteRoute />, errorElement: <RouteErrorPage /> },
  { path: '/unsubscribe', element: <UnsubscribeRoute />, errorElement: <RouteErrorPage /> },
  {
    path: '/',
    element: <AuthenticatedLayoutRoute />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'objectives',
        element: <ObjectivesLayoutRoute />,
        children: [
          { index: true, element: <MyObjectivesRoute /> },
          { path: 'team', element: <TeamObjectivesRoute /> },
        ],
      },
      { path: 'objectives/:objectiveId', element: <ObjectiveRoute /> },
      { path: 'cascade', element: <CascadeRoute /> },
      { path: 'account', element: <AccountRoute /> },
      { path: 'people', element: <PeopleRoute /> },
      { path: 'people/org-chart', element: <OrgChartRoute /> },
      { path: 'people/:personId', element: <PersonRoute /> },
      { path: 'one-on-ones', element: <OneOnOnesRoute /> },
      { path: 'one-on-ones/:sessionId', element: <OneOnOneRoute /> },
      { path: 'reviews', element: <ReviewsRoute /> },
      { path: 'reviews/:reviewId', element: <ReviewRoute /> },
      {
        path: 'settings',
        element: <SettingsLayoutRoute />,
        children: [
          { index: true, element: <SettingsRoute /> },
          { path: 'developer', element: <DeveloperRoute /> },
        ],
      },
      { path: 'notifications', element: <NotificationsRoute /> },
      { path: 'feedback', element: <FeedbackRoute /> },
      { path: 'feedback/:feedbackId', element: <FeedbackItemRoute /> },
      { path: 'praise', element: <PraiseRoute /> },
      { path: 'reports', element: <ReportsRoute /> },
      { path: 'reports/:slug', element: <ReportRoute /> },
      {
        path: 'admin',
        element: <AdminLayoutRoute />,
        children: [
          { index: true, element: <Navigate to="people" replace /> },
          { path: 'people', element: <AdminPeopleRoute /> },
          { path: 'teams', element: <AdminTeamsRoute /> },
          { path: 'periods', element: <AdminPeriodsRoute /> },
          { path: 'review-templates', element: <AdminReviewTemplatesRoute /> },
          { path: 'review-cycles', element: <AdminReviewCyclesRoute /> },
          { path: 'review-cycles/:cycleId', element: <AdminReviewCycleRoute /> },
          { path: 'company-values', element: <AdminCompanyValuesRoute /> },
          { path: 'feedback', element: <AdminFeedbackRoute /> },
          { path: 'service-accounts', element: <AdminServiceAccountsRoute /> },
          { path: 'audit-log', element: <AdminAuditLogRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
