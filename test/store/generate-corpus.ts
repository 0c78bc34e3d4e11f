/**
 * A generated corpus of invented Arabic news items (never real articles): shelling, air strikes and
 * clashes in a handful of villages over a few weeks, each event told by two or three outlets in
 * different words, so that merging has work to do.
 */
const VILLAGES = ["سرمين", "كنصفرة", "البارة", "معرة مصرين", "أريحا", "سراقب", "الأتارب", "دارة عزة"];
const OUTLETS = ["alpha.example", "beta.example", "gamma.example", "delta.example"];
const TEMPLATES = [
  (v: string, n: number) => `قصفت قوات النظام بلدة ${v} في ريف إدلب بالمدفعية الثقيلة، ما أدى إلى مقتل ${n} مدنيين وإصابة آخرين، بحسب الدفاع المدني.`,
  (v: string, n: number) => `قُتل ${n} مدنيين بقصف مدفعي لقوات النظام على ${v} صباح اليوم، وفق ما أفاد مراسلون محليون.`,
  (v: string, n: number) => `شنت طائرات حربية روسية غارات جوية على أطراف ${v}، وأسفرت الغارات عن مقتل ${n} أشخاص بينهم أطفال.`,
  (v: string, n: number) => `اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور ${v}، وقتل فيها ${n} عناصر من الطرفين.`,
];

const ASIDES = [
  "وتأتي هذه التطورات ضمن تصعيد تشهده المنطقة منذ أسابيع.",
  "ولم يصدر أي تعليق رسمي حتى الآن.",
  "وتعاني المشافي الميدانية من نقص حاد في المستلزمات الطبية.",
  "ونزحت عشرات العائلات نحو المخيمات القريبة من الحدود.",
  "وحلقت طائرات الاستطلاع في سماء المنطقة طوال ساعات النهار.",
  "وأغلقت المدارس أبوابها خشية تجدد القصف.",
  "وناشد الأهالي المنظمات الإنسانية التدخل العاجل.",
];

export interface GeneratedArticle {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
}

export function generateCorpus(count: number): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const story = Math.floor(i / 3);
    const village = VILLAGES[story % VILLAGES.length]!;
    const day = 1 + (story % 27);
    const template = TEMPLATES[(story + (i % 3)) % TEMPLATES.length]!;
    const killed = 2 + (story % 5) + (i % 3 === 2 ? 1 : 0);
    const month = 1 + (Math.floor(story / 27) % 12);
    const published = `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const outlet = OUTLETS[i % OUTLETS.length]!;
    out.push({
      id: `gen-${String(i).padStart(5, "0")}`,
      url: `https://${outlet}/news/${i}`,
      outlet,
      published,
      title: `أحداث ${village}`,
      // The tail makes every text its own (not a syndicated copy): a different aside per article.
      text: `${template(village, killed)} ${ASIDES[i % ASIDES.length]!} ${ASIDES[(i * 7 + 3) % ASIDES.length]!} رقم المتابعة ${i}.`,
    });
  }
  return out;
}
