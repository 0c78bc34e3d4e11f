import { createHash } from "node:crypto";
import { RasdError } from "../errors/rasd-error.ts";
import { joinEventsByHand, splitArticleOff } from "../merge/hand-merge.ts";
import { anchorReport } from "../merge/merged-event-id.ts";
import type { PlaceEntry } from "../places/place-entry.ts";
import { placeEntrySchema } from "../places/place-entry-schema.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { Store } from "../store/store.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { getEvent } from "../store/get-event.ts";
import { deleteActorAlias, insertActorAlias } from "../store/review/actor-alias-queries.ts";
import { decisionsOf, findDecision, insertDecision } from "../store/review/decision-queries.ts";
import { deleteReviewPlace, saveReviewPlace } from "../store/review/review-place-queries.ts";
import { deleteEventReview, type EventReviewRow, reviewsOf, saveEventReview } from "../store/review/event-review-queries.ts";
import type { EventDetail } from "../store/stored-event.ts";
import { checkFieldValue, type FieldValues, isCorrectableField, machineReading, typePairProblem } from "./correctable-fields.ts";
import type { DecisionPayload } from "./decision-payload.ts";
import { foldDecisions } from "./fold-decisions.ts";

/** A person's decision as the API and scripts send it. */
export type DecisionInput =
  | { readonly action: "accept"; readonly reason?: string | undefined }
  | { readonly action: "reject"; readonly reason?: string | undefined }
  | { readonly action: "correct"; readonly fields: Readonly<Record<string, unknown>>; readonly reason?: string | undefined }
  | { readonly action: "place"; readonly lat: number; readonly lon: number; readonly name_ar?: string | undefined; readonly admin1?: string | null | undefined; readonly reason?: string | undefined }
  | { readonly action: "alias"; readonly alias_ar: string; readonly actor_key: string; readonly role: "actor1" | "actor2"; readonly reason?: string | undefined }
  | { readonly action: "split"; readonly article_id: string; readonly reason?: string | undefined }
  | { readonly action: "join"; readonly event_id: string; readonly reason?: string | undefined }
  | { readonly action: "revert"; readonly decision_id: number; readonly reason?: string | undefined };

export interface DecisionContext {
  readonly user: string;
  readonly now: string;
  /** Keys of the actor catalogue: an alias must name a known actor. */
  readonly actorKeys: ReadonlySet<string>;
}

/** What a decision did: its row id and the event (id after it) it concerns. */
export interface DecisionOutcome {
  readonly decision_id: number;
  readonly event_id: string;
}

/**
 * Record one decision on an event, in one transaction with its effects: the append-only row, the
 * event's review folded again, and what the decision teaches the store — a place for the name (the
 * gazetteer's user places), an actor's new name (the user lexicon), a split or join (hand merge).
 * Bad input is a RasdError ("usage" → 400, "not-found" → 404) and changes nothing.
 */
export async function recordDecision(store: Store, eventId: string, input: DecisionInput, context: DecisionContext): Promise<DecisionOutcome> {
  return withWriteTransaction(store, async (trx) => {
    const event = await getEvent(trx, eventId);
    if (event === null) throw new RasdError("not-found", `no event ${eventId}`);
    const review = await reviewOf(trx, event);
    const machine = machineReading(event as unknown as Record<string, unknown>);
    const current: FieldValues = { ...machine, ...(review ? (JSON.parse(review.overrides_json) as FieldValues) : {}) };
    const beforeOf = (fields: FieldValues): FieldValues => Object.fromEntries(Object.keys(fields).map((f) => [f, current[f as keyof FieldValues] ?? null]));
    const reason = input.reason?.trim() || null;
    const base = { event_id: event.event_id, anchor_key: review?.anchor_key ?? anchorReport(event.claims).report_key, user_name: context.user, at: context.now, reason, reverts: null };
    let after: DecisionPayload = {};
    let field: string | null = null;
    let reverts: number | null = null;
    let eventAfter = event.event_id;
    let absorbed: EventReviewRow | undefined;
    switch (input.action) {
      case "accept":
      case "reject":
        break;
      case "correct": {
        const fields = checkFields(input.fields);
        const type = String(fields.event_type ?? current.event_type);
        const sub = String(fields.sub_event_type ?? current.sub_event_type);
        const pair = typePairProblem(type, sub);
        if (pair) throw new RasdError("usage", pair);
        after = { fields };
        field = Object.keys(fields).join(",");
        break;
      }
      case "place": {
        const entry = placeEntry(event, input);
        await saveReviewPlace(trx, entry);
        after = { fields: { lat: entry.lat, lon: entry.lon, geo_precision: 1, gazetteer_id: entry.id, ...(entry.admin1 ? { admin1: entry.admin1 } : {}) }, place: { id: entry.id, name_ar: entry.name_ar } };
        field = "place";
        break;
      }
      case "alias": {
        const alias = input.alias_ar.trim();
        if (alias.length < 2 || alias.length > 120) throw new RasdError("usage", "alias_ar: an Arabic name of 2 to 120 characters");
        if (!context.actorKeys.has(input.actor_key)) throw new RasdError("usage", `actor_key: no actor ${input.actor_key} in the catalogue`);
        if (!(await insertActorAlias(trx, { alias_ar: alias, actor_key: input.actor_key, added_by: context.user, added_at: context.now }))) {
          throw new RasdError("usage", `alias_ar: "${alias}" is already a name in the user lexicon`);
        }
        after = { fields: { [input.role]: input.actor_key }, alias: { alias_ar: alias, actor_key: input.actor_key } };
        field = input.role;
        break;
      }
      case "split": {
        const { remaining, split } = await splitArticleOff(trx, event.event_id, input.article_id, context.now);
        after = { split: { article_id: input.article_id, event_id: split } };
        eventAfter = remaining ?? split;
        break;
      }
      case "join": {
        const other = await getEvent(trx, input.event_id);
        if (other === null) throw new RasdError("not-found", `no event ${input.event_id}`);
        if (other.event_id === event.event_id) throw new RasdError("usage", "join needs two different events");
        absorbed = await reviewOf(trx, other);
        eventAfter = await joinEventsByHand(trx, [event.event_id, other.event_id], context.now);
        after = { join: { event_id: other.event_id } };
        break;
      }
      case "revert": {
        const target = await findDecision(trx, input.decision_id);
        const mine = review ? [review.anchor_key, ...(JSON.parse(review.former_keys_json) as string[])] : [base.anchor_key];
        if (target === null || !mine.includes(target.anchor_key)) throw new RasdError("not-found", `event ${eventId} has no decision ${input.decision_id}`);
        if (target.action === "revert") throw new RasdError("usage", "a revert cannot be reverted: make the decision again");
        if (target.action === "split" || target.action === "join") throw new RasdError("usage", `a ${target.action} is undone by the opposite hand merge (${target.action === "split" ? "join" : "split"}), not by a revert`);
        const done = (await decisionsOf(trx, mine, [])).some((d) => d.reverts === target.id);
        if (done) throw new RasdError("usage", `decision ${target.id} is already reverted`);
        const payload = target.after_json === null ? {} : (JSON.parse(target.after_json) as DecisionPayload);
        if (payload.place) await deleteReviewPlace(trx, payload.place.id);
        if (payload.alias) await deleteActorAlias(trx, payload.alias.alias_ar);
        reverts = target.id;
        field = target.field;
        break;
      }
      default:
        input satisfies never;
    }
    const id = await insertDecision(trx, {
      ...base,
      action: input.action,
      field,
      before_json: after.fields ? JSON.stringify({ fields: beforeOf(after.fields) }) : null,
      after_json: Object.keys(after).length ? JSON.stringify(after) : null,
      reverts,
    });
    await refoldReview(trx, eventAfter, review ?? absorbed, review ? absorbed : undefined);
    return { decision_id: id, event_id: eventAfter };
  });
}

/** The review of an event: the one keyed by a report of it (its anchor, or a former one). */
export async function reviewOf(session: StoreSession, event: EventDetail): Promise<EventReviewRow | undefined> {
  const rows = await reviewsOf(session, [event.event_id], event.claims.map((c) => c.report_key));
  return rows.find((r) => r.event_id === event.event_id) ?? rows[0];
}

/**
 * Fold the event's decisions again and store the review. After a split took its anchor report away,
 * the review moves to the event's new anchor and remembers the old one (its decisions carry it). A
 * join of two reviewed events keeps one review holding the decisions of both (`absorb`).
 */
export async function refoldReview(session: StoreSession, eventId: string, previous: EventReviewRow | undefined, absorb?: EventReviewRow): Promise<void> {
  const event = await getEvent(session, eventId);
  if (event === null) return;
  const anchor = anchorReport(event.claims).report_key;
  const keys = new Set(event.claims.map((c) => c.report_key));
  const prior = previous ?? (await reviewOf(session, event));
  const reviewKey = prior && keys.has(prior.anchor_key) ? prior.anchor_key : anchor;
  const absorbedKeys = absorb && absorb.anchor_key !== prior?.anchor_key ? [absorb.anchor_key, ...(JSON.parse(absorb.former_keys_json) as string[])] : [];
  const former = prior ? [...new Set([...(JSON.parse(prior.former_keys_json) as string[]), ...(prior.anchor_key === reviewKey ? [] : [prior.anchor_key]), ...absorbedKeys])] : [];
  if (prior && prior.anchor_key !== reviewKey) await deleteEventReview(session, prior.anchor_key);
  if (absorbedKeys.length > 0 && absorb!.anchor_key !== reviewKey) await deleteEventReview(session, absorb!.anchor_key);
  const machine = machineReading(event as unknown as Record<string, unknown>);
  const folded = foldDecisions(await decisionsOf(session, [reviewKey, ...former], []), machine);
  await saveEventReview(session, {
    anchor_key: reviewKey,
    event_id: event.event_id,
    status: folded.status,
    reviewer: folded.reviewer,
    reviewed_at: folded.reviewed_at,
    overrides_json: JSON.stringify(folded.overrides),
    machine_json: JSON.stringify(machine),
    disagrees_json: "[]",
    former_keys_json: JSON.stringify(former),
  });
}

function checkFields(raw: Readonly<Record<string, unknown>>): FieldValues {
  const names = Object.keys(raw);
  if (names.length === 0) throw new RasdError("usage", "fields: name at least one field to correct");
  const out: FieldValues = {};
  for (const name of names) {
    if (!isCorrectableField(name)) throw new RasdError("usage", `fields: "${name}" is not a field a person can correct`);
    const checked = checkFieldValue(name, raw[name]);
    if (!checked.ok) throw new RasdError("usage", checked.message);
    out[name] = checked.value;
  }
  return out;
}

/** The gazetteer entry a place decision adds: the event's place name (or the one given) at the point picked. */
function placeEntry(event: EventDetail, input: Extract<DecisionInput, { action: "place" }>): PlaceEntry {
  const name = (input.name_ar ?? event.place_name).trim();
  const hash = createHash("sha256").update(`${name}|${input.lat.toFixed(5)}|${input.lon.toFixed(5)}`).digest("hex").slice(0, 12);
  const parsed = placeEntrySchema.safeParse({
    id: `user:review-${hash}`,
    name_ar: name,
    name_en: "",
    aliases_ar: [],
    kind: "village",
    lat: input.lat,
    lon: input.lon,
    admin1: input.admin1 ?? event.admin1,
    admin1_ar: null,
    admin2: null,
    admin3: null,
    pcode: null,
    population: 0,
    source: "analyst review",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RasdError("usage", `place: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "bad place"} (the gazetteer holds places in Syria)`);
  }
  return parsed.data;
}
