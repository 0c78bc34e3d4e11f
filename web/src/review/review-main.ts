import "../zod-config.ts";
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "../style.css";
import "./review.css";
import type { EventFeature } from "../api.ts";
import { bdi, byId, el } from "../dom.ts";
import { MapView } from "../map-view.ts";
import { type QueueItem, type ReviewDetail, reviewApi, type SessionAnswer } from "./review-api.ts";
import { historyList, reviewCard } from "./review-view.ts";

/**
 * The review page: log in, work the queue (events that most need a person first) with the keyboard,
 * each field beside the Arabic words behind it, the place picked on the map, the history beside.
 */
let session: SessionAnswer | null = null;
let queue: readonly QueueItem[] = [];
let current = 0;
let detail: ReviewDetail | null = null;
let editing = false;
let picking = false;

const message = byId("message");
const mapView = new MapView(byId("review-map"), "en", () => undefined);
const canEdit = () => session?.user?.role === "editor" || session?.user?.role === "admin";
const say = (text: string, error = false) => {
  message.textContent = text;
  message.classList.toggle("error", error);
};

async function run(work: () => Promise<unknown>, done?: string): Promise<void> {
  try {
    await work();
    if (done) say(done);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true);
  }
}

function renderWho(): void {
  const login = byId("login", HTMLFormElement);
  const who = byId("who");
  const user = session?.user ?? null;
  login.hidden = user !== null;
  who.hidden = user === null;
  if (user === null) return who.replaceChildren();
  const out = el("button", { type: "button", class: "top-button", "data-testid": "logout" }, "Log out");
  out.addEventListener("click", () => void run(async () => {
    session = await reviewApi.logout();
    renderWho();
    await loadQueue();
  }, "Logged out."));
  who.replaceChildren(el("span", {}, `${user.name} (${user.role}) `), out);
}

async function loadQueue(keep?: string): Promise<void> {
  queue = (await reviewApi.queue(100)).items;
  const at = keep ? queue.findIndex((q) => q.event_id === keep) : -1;
  current = at >= 0 ? at : Math.min(current, Math.max(0, queue.length - 1));
  renderQueue();
  await openCurrent();
}

function renderQueue(): void {
  const nav = byId("queue");
  nav.replaceChildren(
    el("h2", {}, `Queue (${queue.length})`),
    el(
      "ol",
      {},
      ...queue.map((q, i) => {
        const item = el("li", { "data-event": q.event_id, "aria-current": i === current ? "true" : undefined, class: i === current ? "current" : "" });
        const link = el("button", { type: "button", class: "queue-item" }, `${q.sub_event_type} · `, bdi(q.place_name, { lang: "ar", class: "ar" }), " · ", bdi(q.date ?? "undated", { dir: "ltr" }), el("small", {}, ` ${q.reasons.join(", ")}`));
        link.addEventListener("click", () => {
          current = i;
          editing = false;
          renderQueue();
          void openCurrent();
        });
        item.append(link);
        return item;
      }),
    ),
  );
}

async function openCurrent(id?: string): Promise<void> {
  const eventId = id ?? queue[current]?.event_id;
  if (eventId === undefined) {
    detail = null;
    byId("card").replaceChildren(el("p", {}, "Nothing left to review."));
    byId("history").replaceChildren();
    return;
  }
  detail = await reviewApi.detail(eventId);
  renderCard();
  const feature = { type: "Feature", id: detail.event_id, geometry: detail.lat === null || detail.lon === null ? null : { type: "Point", coordinates: [detail.lon, detail.lat] }, properties: { ...detail, place_name_en: detail.place_name, admin1_ar: null } } as unknown as EventFeature;
  await mapView.show(feature.geometry ? [feature] : [], true);
}

function renderCard(): void {
  if (detail === null) return;
  const d = detail;
  const item = queue.find((q) => q.event_id === d.event_id);
  byId("card").replaceChildren(
    reviewCard(d, item, {
      canEdit: canEdit(),
      editing,
      accept: () => void decide({ action: "accept" }, "Accepted."),
      reject: (reason) => void decide({ action: "reject", ...(reason ? { reason } : {}) }, "Rejected."),
      edit: () => {
        editing = true;
        renderCard();
        byId("card").querySelector<HTMLInputElement>("input[name]")?.focus();
      },
      save: (fields, reason) => {
        if (Object.keys(fields).length === 0) return say("Nothing changed.");
        void decide({ action: "correct", fields, ...(reason ? { reason } : {}) }, `Corrected ${Object.keys(fields).join(", ")}.`);
      },
      pickPlace: () => startPicking(),
      split: (articleId) => void decide({ action: "split", article_id: articleId }, `Report of ${articleId} split off.`),
    }),
  );
  byId("history").replaceChildren(historyList(d, canEdit(), (id) => void decide({ action: "revert", decision_id: id }, `Decision #${id} reverted.`)));
}

async function decide(decision: Parameters<typeof reviewApi.decide>[1], done: string): Promise<void> {
  if (detail === null) return;
  const d = detail;
  await run(async () => {
    const answer = await reviewApi.decide(d.event_id, decision);
    editing = false;
    // Accepting or rejecting finishes an event: the queue moves on. Other decisions stay on it.
    const finished = decision.action === "accept" || decision.action === "reject";
    await loadQueue(finished ? undefined : answer.event_id);
    if (!finished && detail?.event_id !== answer.event_id) await openCurrent(answer.event_id);
  }, done);
}

function startPicking(): void {
  if (!canEdit() || detail === null) return;
  picking = true;
  byId("review-map").classList.add("picking");
  say("Click the map where the place is.");
}

mapView.map.on("click", (e) => {
  if (!picking) return;
  picking = false;
  byId("review-map").classList.remove("picking");
  void decide({ action: "place", lat: Math.round(e.lngLat.lat * 1e5) / 1e5, lon: Math.round(e.lngLat.lng * 1e5) / 1e5 }, "Place set; later articles naming it resolve there.");
});

function move(step: number): void {
  if (queue.length === 0) return;
  current = Math.max(0, Math.min(queue.length - 1, current + step));
  editing = false;
  renderQueue();
  void run(() => openCurrent());
}

document.addEventListener("keydown", (e) => {
  const target = e.target as HTMLElement | null;
  if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) {
    if (e.key === "Escape") {
      editing = false;
      renderCard();
    }
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const actions: Record<string, () => void> = {
    a: () => void decide({ action: "accept" }, "Accepted."),
    r: () => void decide({ action: "reject" }, "Rejected."),
    e: () => byId("card").querySelector<HTMLButtonElement>('[data-testid="edit"]')?.click(),
    p: () => startPicking(),
    n: () => move(1),
    j: () => move(1),
    k: () => move(-1),
  };
  const action = actions[e.key];
  if (action === undefined) return;
  if ((e.key === "a" || e.key === "r" || e.key === "e" || e.key === "p") && !canEdit()) return say("Your role cannot change events.", true);
  e.preventDefault();
  action();
});

byId("login", HTMLFormElement).addEventListener("submit", (e) => {
  e.preventDefault();
  const data = new FormData(e.currentTarget as HTMLFormElement);
  void run(async () => {
    session = await reviewApi.login(String(data.get("name") ?? ""), String(data.get("password") ?? ""));
    renderWho();
    await loadQueue();
    const asked = new URLSearchParams(window.location.search).get("event");
    if (asked) await openCurrent(asked);
  }, "Logged in.");
});

void run(async () => {
  session = await reviewApi.session();
  renderWho();
  if (session.read_access === "open" || session.user !== null) {
    await loadQueue();
    // review.html?event=ID opens that event (a link from the map page, a decided event's history).
    const asked = new URLSearchParams(window.location.search).get("event");
    if (asked) await openCurrent(asked);
  }
  document.body.dataset["ready"] = "true";
});
