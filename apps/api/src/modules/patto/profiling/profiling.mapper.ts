import type { PattoTemplateResponse, ProfilingResponse } from '@opencpi/contracts';
import type { PattoTemplateEntity } from '../entities/patto-template.entity';
import type { ProfilingEntity } from '../entities/profiling.entity';

export function toProfiling(p: ProfilingEntity, note: string): ProfilingResponse {
  return {
    id: p.id,
    modelVersion: p.modelVersion,
    modelNote: note,
    index: Number(p.disadvantageIndex),
    factors: p.factors,
    computedAt: p.computedAt.toISOString(),
    suggestedPathway: p.suggestedPathway,
    ...(p.chosenPathway ? { chosenPathway: p.chosenPathway } : {}),
    ...(p.skillsGap ? { skillsGap: p.skillsGap } : {}),
    ...(p.needsSocialSupport !== null ? { needsSocialSupport: p.needsSocialSupport } : {}),
    ...(p.notes ? { notes: p.notes } : {}),
    ...(p.overrideReason ? { overrideReason: p.overrideReason } : {}),
    ...(p.assessedBy ? { assessedBy: p.assessedBy } : {}),
    ...(p.assessedAt ? { assessedAt: p.assessedAt.toISOString() } : {}),
  };
}

export function toTemplate(t: PattoTemplateEntity): PattoTemplateResponse {
  return {
    pathway: t.pathway,
    jobSearchActs: t.content.jobSearchActs,
    contactFrequencyDays: t.content.contactFrequencyDays,
    proofOfSearch: t.content.proofOfSearch,
    availabilityWorkshops: t.content.availability.workshops,
    availabilityTraining: t.content.availability.training,
    availabilityCongruousOffers: t.content.availability.congruousOffers,
    actions: t.content.actions,
  };
}
