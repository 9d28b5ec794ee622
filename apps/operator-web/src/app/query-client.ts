export { createQueryClient } from '@opencpi/ui';
