import { NotFoundPage } from '@opencpi/ui';

export function NotFoundRoute() {
  return <NotFoundPage homePath="/" />;
}
