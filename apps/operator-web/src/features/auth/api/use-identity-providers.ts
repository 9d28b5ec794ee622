export { useIdentityProviders } from '@opencpi/ui';
