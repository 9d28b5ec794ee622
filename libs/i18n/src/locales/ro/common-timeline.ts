import type { Catalogue } from '../../catalogue';
import type { itCommonTimeline } from '../it/common-timeline';

export const roCommonTimeline: Catalogue<typeof itCommonTimeline> = {
  did: { filed: 'DID depusă', revoked: 'DID revocată' },
  profiling: { computed: 'Profilare cantitativă', assessed: 'Evaluare calitativă: parcursul GOL {{pathway}}' },
  patto: {
    proposed: 'Pact de servicii propus (versiunea {{version}})',
    signed: 'Pact de servicii semnat de toate părțile (versiunea {{version}})',
    signature: 'Semnarea pactului (versiunea {{version}}): {{signerName}}',
  },
  plan: {
    activity: 'Activitate înregistrată: {{title}}',
    action_done: 'Acțiune din pact făcută: {{title}}',
    action_not_done: 'Acțiune din pact nefăcută: {{title}}',
  },
  appointment: {
    booked_booked: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}}',
    booked_cancelled: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}} (anulată)',
    booked_attended: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}} (prezent)',
    booked_absent: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}} (absent)',
    booked_absent_justified: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}} (absență motivată)',
    booked_late_cancelled: 'Programare „{{serviceRo}}” pe {{date}} la ora {{time}} (anulată prea târziu)',
  },
  document: { uploaded: 'Document încărcat: {{fileName}}' },
  message: { sent: 'Mesaj de la {{senderName}}' },
  delegation: { granted: 'Împuternicire pentru {{organisationName}}', revoked: 'Împuternicire pentru {{organisationName}} retrasă' },
  intermediary: {
    did_filed: 'DID depusă pentru tine de {{delegateName}} ({{organisationName}})',
    appointment_booked: 'Programare făcută pentru tine de {{delegateName}} ({{organisationName}})',
    appointment_moved: 'Programare mutată pentru tine de {{delegateName}} ({{organisationName}})',
    document_uploaded: 'Document încărcat pentru tine de {{delegateName}} ({{organisationName}})',
  },
};
