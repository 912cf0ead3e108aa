import type { Fact } from '@newsfacts/core';

const TRADE_METRIC = /export|shipment|sales|deliver/;

/**
 * "Exports to the US came to 421 tonnes" names only the destination: in an article whose other
 * trade figures all come from one country, the exporter is that country. Filled in only when that
 * country clearly dominates (at least two figures, and twice any other), and never onto a figure
 * whose partner is that same country.
 */
export function inferArticleSubject(figures: Fact[]): void {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const subject = f.measurement?.subject;
    if (subject) counts.set(subject, (counts.get(subject) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2 || (second && top[1] < 2 * second[1])) return;
  const [country] = top;
  for (const f of figures) {
    const m = f.measurement;
    if (!m || m.subject || !m.partner || m.partner === country || !m.metric || !TRADE_METRIC.test(m.metric)) continue;
    f.measurement = { ...m, subject: country };
    f.reasons.push(`exporting country ${country} taken from the article's other figures`);
    f.confidence = Math.min(f.confidence, 0.85);
  }
}
