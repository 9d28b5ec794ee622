export { RequireAuth } from '@opencpi/ui';
