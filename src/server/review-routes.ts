import { RasdError } from "../errors/rasd-error.ts";
import { loadLexicons } from "../lexicon/load-lexicons.ts";
import { applyReview } from "../review/apply-review.ts";
import { CORRECTABLE_FIELD_NAMES, CORRECTABLE_FIELDS, type FieldValues, machineReading } from "../review/correctable-fields.ts";
import type { DecisionAction } from "../review/decision-payload.ts";
import { queueReasons, queueScore } from "../review/rank-review-queue.ts";
import { recordDecision, reviewOf } from "../review/record-decision.ts";
import { withReviews } from "../review/with-reviews.ts";
import { getEvent, claimsOf } from "../store/get-event.ts";
import { iterateEvents } from "../store/query-events.ts";
import { insertApiToken } from "../store/review/api-token-queries.ts";
import { type DecisionRow, decisionsOf } from "../store/review/decision-queries.ts";
import { listUsers } from "../store/review/user-queries.ts";
import type { EventDetail } from "../store/stored-event.ts";
import type { Store } from "../store/store.ts";
import { ApiError } from "./api-error.ts";
import { type Person, requireRole } from "./auth/person.ts";
import { newSecretToken, tokenDigest } from "./auth/secret-token.ts";
import { withSentences } from "./queries/evidence-sentence.ts";
import { reviewDetailSchema } from "./review-detail-contract.ts";
import { decisionAnswerSchema, decisionInputSchema, historySchema, queueQuerySchema, queueSchema } from "./review-contract.ts";
import type { ZodFastify } from "./zod-type-provider.ts";

export interface ReviewRouteOptions {
  readonly store: Store;
  /** Keys of the actor catalogue (an alias must name one); default: data/lexicon/actors.json, read once. */
  readonly actorKeys?: () => Promise<ReadonlySet<string>>;
}

let catalogueKeys: Promise<ReadonlySet<string>> | null = null;
const defaultActorKeys = () => (catalogueKeys ??= loadLexicons().then((l) => new Set([...l.actors.actors.map((a) => a.key), ...l.actors.generic.map((g) => g.key)])));

/**
 * Analyst review over HTTP. Reading follows the server's read setting; deciding needs an editor,
 * listing accounts an admin. Every decision is one append-only row (see review/record-decision.ts).
 *   GET  /api/review/queue              events that most need a person first
 *   GET  /api/events/:id/review         the event as reviewed, each field beside its Arabic evidence, its history
 *   GET  /api/events/:id/history        its decisions, oldest first
 *   POST /api/events/:id/decisions      accept | reject | correct | place | alias | split | join | revert
 *   POST /api/tokens                    a new API token for the logged-in account (shown once)
 *   GET  /api/users                     accounts (admin)
 */
export function registerReviewRoutes(api: ZodFastify, options: ReviewRouteOptions): void {
  const db = options.store;
  const actorKeys = options.actorKeys ?? defaultActorKeys;

  api.get("/api/review/queue", { schema: { querystring: queueQuerySchema, response: { 200: queueSchema } } }, async (request) => {
    const { limit, include_reviewed } = request.query;
    const candidates: { event: Awaited<ReturnType<typeof withReviews>>[number]; score: number }[] = [];
    let page: Parameters<typeof withReviews>[1][number][] = [];
    const rank = async () => {
      for (const event of await withReviews(db, page)) {
        if (event.status !== "machine" && event.machine_disagrees.length === 0 && !include_reviewed) continue;
        candidates.push({ event, score: queueScore(queueReasons(event)) });
      }
      page = [];
    };
    for await (const event of iterateEvents(db)) {
      page.push(event);
      if (page.length >= 500) await rank();
    }
    await rank();
    candidates.sort((a, b) => b.score - a.score || a.event.event_id.localeCompare(b.event.event_id));
    // Provenance (low confidence) is read for the front of the queue only.
    const front = candidates.slice(0, limit * 3);
    const claims = await claimsOf(db, front.map((c) => c.event.event_id));
    const items = front
      .map(({ event }) => {
        const reasons = queueReasons(event, claims.filter((c) => c.event_id === event.event_id));
        return { event, reasons, score: queueScore(reasons) };
      })
      .sort((a, b) => b.score - a.score || a.event.event_id.localeCompare(b.event.event_id))
      .slice(0, limit)
      .map(({ event: e, reasons, score }) => ({
        event_id: e.event_id, score, reasons, status: e.status, event_type: e.event_type, sub_event_type: e.sub_event_type,
        place_name: e.place_name, date: e.date, fatalities: e.fatalities, lat: e.lat, lon: e.lon,
      }));
    return { total: candidates.length, items };
  });

  api.get("/api/events/:id/history", { schema: { response: { 200: historySchema } } }, async (request) => {
    const event = await eventOr404((request.params as { id: string }).id);
    return { event_id: event.event_id, items: await historyOf(event) };
  });

  api.get("/api/events/:id/review", { schema: { response: { 200: reviewDetailSchema } } }, async (request) => {
    const event = await eventOr404((request.params as { id: string }).id);
    const review = await reviewOf(db, event);
    const reviewed = applyReview(event, review);
    const machine = machineReading(event as unknown as Record<string, unknown>);
    const current = machineReading({ ...reviewed, injured_min: (reviewed as { injured_min: number | null }).injured_min } as unknown as Record<string, unknown>);
    const claims = await withSentences(db, event.claims);
    const fields = CORRECTABLE_FIELD_NAMES.map((field) => ({
      field,
      machine: machine[field] ?? null,
      value: current[field] ?? null,
      corrected: reviewed.corrected_fields.includes(field),
      evidence: claims.flatMap((c) =>
        c.provenance
          .filter((p) => p.field === CORRECTABLE_FIELDS[field].evidence && p.evidence !== null)
          .map((p) => ({ ...p.evidence!, article_id: c.article_id, rule: p.rule, sentence: c.sentence })),
      ),
    }));
    const { claims: _c, merge_reasons, ...rest } = reviewed;
    return { ...rest, merge_reasons, claims, fields, history: await historyOf(event) };
  });

  // The role is checked before the body is validated: a viewer learns nothing about the body's form.
  const editorsOnly = async (request: { person: Person | null }) => void requireRole(request.person, "editor");
  api.post("/api/events/:id/decisions", { preValidation: editorsOnly, schema: { body: decisionInputSchema, response: { 200: decisionAnswerSchema } } }, async (request) => {
    const person = requireRole(request.person, "editor");
    const id = (request.params as { id: string }).id;
    try {
      return await recordDecision(db, id, request.body, { user: person.name, now: new Date().toISOString(), actorKeys: await actorKeys() });
    } catch (error) {
      if (error instanceof RasdError) throw new ApiError(error.code === "not-found" ? 404 : 400, error.code === "not-found" ? "not-found" : "bad-decision", error.message);
      throw error;
    }
  });

  api.post("/api/tokens", async (request) => {
    const person = requireRole(request.person, "viewer");
    if (person.via !== "session") throw new ApiError(403, "forbidden", "API tokens are made from a logged-in session (or with rasd users token)");
    const body = (request.body ?? {}) as Record<string, unknown>;
    const label = typeof body["label"] === "string" && body["label"].trim() !== "" ? body["label"].trim().slice(0, 80) : "api";
    const token = newSecretToken("rasd_");
    await insertApiToken(db, { token_hash: tokenDigest(token), user_name: person.name, label, created_at: new Date().toISOString() });
    return { token, label, user: person.name };
  });

  api.get("/api/users", async (request) => {
    requireRole(request.person, "admin");
    return { items: await listUsers(db, new Date().toISOString()) };
  });

  async function eventOr404(id: string): Promise<EventDetail> {
    const event = await getEvent(db, id);
    if (event === null) throw new ApiError(404, "not-found", `no event ${id}`);
    return event;
  }

  async function historyOf(event: EventDetail) {
    const review = await reviewOf(db, event);
    const keys = review ? [review.anchor_key, ...(JSON.parse(review.former_keys_json) as string[])] : [];
    const rows = await decisionsOf(db, [...keys, ...event.claims.map((c) => c.report_key)], [event.event_id]);
    const revertedBy = new Map(rows.flatMap((d) => (d.reverts === null ? [] : [[d.reverts, d.id] as const])));
    return rows.map((d: DecisionRow) => ({
      id: d.id,
      event_id: d.event_id,
      user_name: d.user_name,
      at: d.at,
      action: d.action as DecisionAction,
      field: d.field,
      before: d.before_json === null ? null : (JSON.parse(d.before_json) as { fields?: FieldValues }),
      after: d.after_json === null ? null : (JSON.parse(d.after_json) as unknown),
      reason: d.reason,
      reverts: d.reverts,
      reverted_by: revertedBy.get(d.id) ?? null,
    }));
  }
}
