export { sessionEnded } from '@opencpi/ui';
