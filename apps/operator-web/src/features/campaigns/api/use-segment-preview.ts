import { campaignKeys, previewSegment } from '@opencpi/api-client';
import type { SegmentPreviewBody } from '@opencpi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** POST /api/operator/campaigns/segment-preview: the segment's size now, for the body given (null: parameters incomplete). */
export function useSegmentPreview(body: SegmentPreviewBody | null) {
  return useQuery({
    queryKey: campaignKeys.preview(body ?? { officeId: '', segment: { kind: 'did_without_patto' } }),
    queryFn: ({ signal }) => previewSegment(body!, signal),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
