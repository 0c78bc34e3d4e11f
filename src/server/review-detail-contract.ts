/** GET /api/events/:id/review: the event as reviewed, each correctable field beside its evidence, its history. */
import { z } from "zod";
import { claimSchema, storedEventSchema } from "./api-contract.ts";
import { decisionSchema, reviewFieldSchema } from "./review-contract.ts";

export const reviewDetailSchema = storedEventSchema.omit({ place_name_en: true, admin1_ar: true }).extend({
  claims: z.array(claimSchema).readonly(),
  fields: z.array(reviewFieldSchema).readonly(),
  history: z.array(decisionSchema).readonly(),
});

export type ReviewDetail = z.output<typeof reviewDetailSchema>;
