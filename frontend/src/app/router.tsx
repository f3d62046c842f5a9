import { createBrowserRouter } from 'react-router';
import { routes } from '@/app/routes';

export function createAppRouter() {
  return createBrowserRouter(routes);
}
