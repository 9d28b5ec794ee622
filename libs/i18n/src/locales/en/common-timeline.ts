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
  appointment: {
    booked_booked: 'Appointment "{{serviceEn}}" on {{date}} at {{time}}',
    booked_cancelled: 'Appointment "{{serviceEn}}" on {{date}} at {{time}} (cancelled)',
    booked_attended: 'Appointment "{{serviceEn}}" on {{date}} at {{time}} (attended)',
    booked_absent: 'Appointment "{{serviceEn}}" on {{date}} at {{time}} (absent)',
    booked_absent_justified: 'Appointment "{{serviceEn}}" on {{date}} at {{time}} (absence justified)',
    booked_late_cancelled: 'Appointment "{{serviceEn}}" on {{date}} at {{time}} (cancelled late)',
  },
  document: { uploaded: 'Document uploaded: {{fileName}}' },
  message: { sent: 'Message from {{senderName}}' },
  delegation: { granted: 'Delegation to {{organisationName}}', revoked: 'Delegation to {{organisationName}} revoked' },
  intermediary: {
    did_filed: 'DID filed for you by {{delegateName}} ({{organisationName}})',
    appointment_booked: 'Appointment booked for you by {{delegateName}} ({{organisationName}})',
    appointment_moved: 'Appointment moved for you by {{delegateName}} ({{organisationName}})',
    document_uploaded: 'Document uploaded for you by {{delegateName}} ({{organisationName}})',
  },
};
