import { z } from 'zod';

/** V6 `metrics/getEdgeLinkSeries` body; interval bounds in epoch ms. */
export const vcoLinkSeriesRequest = z.looseObject({
  enterpriseId: z.number().int(),
  edgeId: z.number().int(),
  interval: z.looseObject({ start: z.number(), end: z.number() }),
  metrics: z.array(z.string()).min(1),
});
export type VcoLinkSeriesRequest = z.infer<typeof vcoLinkSeriesRequest>;

export const vcoSeries = z.looseObject({
  metric: z.string(),
  startTime: z.number(),
  tickInterval: z.number().int().positive(),
  data: z.array(z.number()).max(1024),
  total: z.number(),
  min: z.number(),
  max: z.number(),
});
export type VcoSeries = z.infer<typeof vcoSeries>;

/** V6 answer: per link; intervals under 15 minutes answer `[]`. */
export const vcoLinkSeriesResponse = z.array(
  z.looseObject({
    linkId: z.number().int(),
    link: z.looseObject({ interface: z.string(), displayName: z.string().nullable() }),
    series: z.array(vcoSeries),
  }),
);
export type VcoLinkSeriesResponse = z.infer<typeof vcoLinkSeriesResponse>;
