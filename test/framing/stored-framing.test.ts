import assert from "node:assert/strict";
import { sql } from "kysely";
import { framingLexiconVersion } from "../../src/framing/framing-lexicon-version.ts";
import type { FramingLexicon } from "../../src/framing/framing-lexicon-schema.ts";
import { profileOutlets, profileOutletSummaries } from "../../src/framing/profile-outlets.ts";
import { readArticleFraming } from "../../src/framing/read-article-framing.ts";
import { loadFramingSummaries } from "../../src/framing/read-stored-framings.ts";
import { storeArticle } from "../../src/ingest/store-article.ts";
import type { Article } from "../../src/model/article.ts";
import { framingArticles } from "../../src/store/framing-rows.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { storeVersion } from "../../src/store/version-cache.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

/** Invented reports in the registers of two camps; the third quotes the other side's words. */
const ARTICLES: Article[] = [
  {
    id: "sf-1",
    url: "https://dawla-example.sy/1",
    outlet: "dawla-example.sy",
    published: "2024-05-02",
    title: null,
    text: "أحبطت وحدات من الجيش العربي السوري محاولة تسلل للإرهابيين في ريف حماة الشمالي، وذكر مصدر عسكري أن الإرهابيين تكبدوا خسائر.",
  },
  {
    id: "sf-2",
    url: "https://thawra-example.net/2",
    outlet: "thawra-example.net",
    published: "2024-05-02",
    title: null,
    text: "قصفت قوات النظام بلدة كفرنبل بالمدفعية، ما أدى إلى استشهاد مدنيين، بحسب الدفاع المدني السوري. وقال مراسلنا إن الثوار ردوا على مصادر القصف.",
  },
  {
    id: "sf-3",
    url: "https://thawra-example.net/3",
    outlet: "thawra-example.net",
    published: "2024-05-03",
    title: null,
    text: "تقدمت قوات النظام على محور جديد، فيما زعمت وكالة سانا أن \"الجيش قضى على عشرات الإرهابيين\" في المنطقة.",
  },
  { id: "sf-4", url: null, outlet: null, published: null, title: null, text: "قصفت قوات النظام قرية في ريف إدلب." },
];

const NOW = "2024-05-04T00:00:00Z";

/** Runs `check` on a new store of the back end holding ARTICLES, then closes it. */
async function withIngested(backEnd: { newStore(): Promise<string> }, check: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(await backEnd.newStore());
  try {
    for (const article of ARTICLES) {
      const outcome = await storeArticle(store, { article, sourceKind: "jsonl", extraction: { article_id: article.id, events: [], mentions: [] }, now: NOW });
      assert.equal(outcome.status, "stored");
    }
    await check(store);
  } finally {
    await store.close();
  }
}

/** Outlet profiles from the stored summaries (filling those missing or of another lexicon version). */
async function storedProfiles(store: Store, lexicon: FramingLexicon) {
  return profileOutletSummaries(await loadFramingSummaries(store, lexicon));
}

/** Profiles as rasd computed them before summaries were stored: every text read again. */
async function profilesFromTexts(store: Store, lexicon: FramingLexicon) {
  const rows = await framingArticles(store);
  return profileOutlets(rows.map((r) => readArticleFraming({ id: r.id, url: r.url, outlet: r.outlet_name ?? r.outlet_id, published: r.published, title: r.title, text: r.text }, lexicon)));
}

async function framingRows(store: Store) {
  return queryBuilder(store).selectFrom("article_framings").select(["article_id", "lexicon_version"]).orderBy("article_id").execute();
}

testEachBackEnd("each article's framing summary is written with it, and profiles from the rows equal profiles from the texts", (backEnd) =>
  withIngested(backEnd, async (store) => {
    const version = framingLexiconVersion(framingLexicon);
    assert.deepEqual(await framingRows(store), ARTICLES.map((a) => ({ article_id: a.id, lexicon_version: version })).sort((a, b) => (a.article_id < b.article_id ? -1 : 1)));
    const before = await storeVersion(store);
    const profiles = await storedProfiles(store, framingLexicon);
    assert.equal(await storeVersion(store), before, "reading stored rows writes nothing");
    assert.deepEqual(profiles, await profilesFromTexts(store, framingLexicon));
    const thawra = profiles.find((p) => p.outlet === "thawra-example.net");
    assert.equal(thawra?.articles, 2);
    assert.ok(thawra.terms.some((t) => t.term === "opp.regime_forces"), JSON.stringify(thawra.terms));
    assert.ok(!thawra.terms.some((t) => t.term === "gov.terrorists"), "a term inside quoted speech is not the outlet's own word");
    assert.equal(profiles.find((p) => p.outlet === "(unknown)")?.articles, 1);
  }),
);

testEachBackEnd("articles stored without a summary (before migration 0012) are read once and their summaries kept", (backEnd) =>
  withIngested(backEnd, async (store) => {
    const expected = await profilesFromTexts(store, framingLexicon);
    await sql`DELETE FROM article_framings WHERE article_id IN ('sf-2', 'sf-4')`.execute(queryBuilder(store));
    const before = await storeVersion(store);
    assert.deepEqual(await storedProfiles(store, framingLexicon), expected);
    assert.equal((await framingRows(store)).length, ARTICLES.length, "the missing summaries are written");
    assert.equal(await storeVersion(store), before, "derived rows do not raise the store version (cached answers stay)");
    assert.deepEqual(await storedProfiles(store, framingLexicon), expected);
  }),
);

testEachBackEnd("a summary read with another framing lexicon is read again, never used stale", (backEnd) =>
  withIngested(backEnd, async (store) => {
    // The same lexicon with "قوات النظام" turned into a government word: the opposition outlet's profile must change.
    const edited: FramingLexicon = {
      ...framingLexicon,
      terms: framingLexicon.terms.map((t) => (t.id === "opp.regime_forces" ? { ...t, camps: { government: 3 } } : t)),
    };
    const newVersion = framingLexiconVersion(edited);
    assert.notEqual(newVersion, framingLexiconVersion(framingLexicon));
    const oldProfiles = await profilesFromTexts(store, framingLexicon);
    const expected = await profilesFromTexts(store, edited);
    assert.notDeepEqual(expected, oldProfiles);
    assert.deepEqual(await storedProfiles(store, edited), expected);
    assert.deepEqual(new Set((await framingRows(store)).map((r) => r.lexicon_version)), new Set([newVersion]));
    // And back: the first lexicon's rows were replaced, so they are read again too.
    assert.deepEqual(await storedProfiles(store, framingLexicon), oldProfiles);
  }),
);
