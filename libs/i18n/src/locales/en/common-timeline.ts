import type { Catalogue } from '../../catalogue';
import type { itCommonTimeline } from '../it/common-timeline';

export const enCommonTimeline: Catalogue<typeof itCommonTimeline> = {
  did: { filed: 'DID filed', revoked: 'DID revoked' },
  profiling: { computed: 'Quantitative profiling', assessed: 'Qualitative assessment: GOL pathway {{pathway}}' },
  patto: {
    proposed: 'Service agreement proposed (version {{version}})',
    signed: 'Service agreement signed by every party (version {{version}})',
    signature: 'Agreement signature (version {{version}}): {{signerName}}',
  },
  plan: {
    activity: 'Activity logged: {{title}}',
    action_done: 'Agreement action done: {{title}}',
    action_not_done: 'Agreement action not done: {{title}}',
  },
};
