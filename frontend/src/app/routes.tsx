import { Navigate, type RouteObject } from 'react-router';
import { AccountRoute } from '@/app/routes/account';
import { AdminCompanyValuesRoute, AdminFeedbackRoute } from '@/app/routes/admin-feedback';
import { AdminLayoutRoute } from '@/app/routes/admin-layout';
import { AdminPeopleRoute } from '@/app/routes/admin-people';
import { AdminPeriodsRoute } from '@/app/routes/admin-periods';
import { AdminRemindersRoute } from '@/app/routes/admin-reminders';
import {
  AdminReviewCycleRoute,
  AdminReviewCyclesRoute,
  AdminReviewTemplatesRoute,
} from '@/app/routes/admin-review-cycles';
import { AdminTeamsRoute } from '@/app/routes/admin-teams';
import { AuthenticatedLayoutRoute } from '@/app/routes/authenticated-layout';
import { CascadeRoute } from '@/app/routes/cascade';
import { ForgotPasswordRoute } from '@/app/routes/forgot-password';
import { FeedbackItemRoute, FeedbackRoute, PraiseRoute } from '@/app/routes/feedback';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { ObjectiveRoute } from '@/app/routes/objective';
import { ObjectivesLayoutRoute } from '@/app/routes/objectives-layout';
import { MyObjectivesRoute } from '@/app/routes/objectives-mine';
import { TeamObjectivesRoute } from '@/app/routes/objectives-team';
import { OneOnOneRoute } from '@/app/routes/one-on-one';
import { OneOnOnesRoute } from '@/app/routes/one-on-ones';
import { OrgChartRoute } from '@/app/routes/org-chart';
import { PeopleRoute } from '@/app/routes/people';
import { PersonRoute } from '@/app/routes/person';
import { AcceptInviteRoute, ResetPasswordRoute } from '@/app/routes/reset-password';
import { ReportRoute, ReportsRoute } from '@/app/routes/reports';
import { ReviewRoute } from '@/app/routes/review';
import { ReviewsRoute } from '@/app/routes/reviews';
import { RouteErrorPage } from '@/app/routes/route-error';
import { NotificationsRoute } from '@/app/routes/notifications';
import { SettingsRoute } from '@/app/routes/settings';
import { UnsubscribeRoute } from '@/app/routes/unsubscribe';
import { SignUpRoute } from '@/app/routes/signup';
import { VerifyEmailRoute } from '@/app/routes/verify-email';

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
      { path: 'settings', element: <SettingsRoute /> },
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
          { path: 'reminders', element: <AdminRemindersRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
