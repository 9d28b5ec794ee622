export { useSession } from '@opencpi/ui';
