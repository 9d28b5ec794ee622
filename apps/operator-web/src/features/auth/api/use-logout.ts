export { useLogout } from '@opencpi/ui';
