import type { Fact } from '@newsfacts/core';
import type { DateMention } from '../dates/recognize-dates.ts';
import { baseFact, type ArticleCtx } from './context.ts';
import { insideQuotation, isSpeakerDay } from '../dates/quoted-speech.ts';

/** Dates as facts, with confidence lowered for every step that needed the reference date. */

/**
 * What relative dates were read against: the page's publication date from its metadata (`published`),
 * one the cleaner guessed from the page's text or address (`guessed`), the date in the article's own
 * dateline (`dateline`), the processing date (`now`), or nothing.
 */
export type RefSource = 'published' | 'guessed' | 'dateline' | 'now' | null;

const KEEP_QUALIFIERS = new Set(['early', 'mid', 'late', 'earlier', 'later', 'since', 'before', 'after', 'by', 'until', 'from', 'range', 'fiscal', 'marketing']);

/** A bound or range is reported as the dates written in it, each qualified by its role ("since", "by", "from"). */
function flatten(dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    if (d.parts.length === 0) out.push(d);
    else for (const p of d.parts) out.push({ ...p.date, qualifier: p.date.qualifier && p.date.qualifier !== 'range' && !ROLES.has(p.role) ? p.date.qualifier : p.role });
  }
  return out;
}

const ROLES = new Set(['since', 'by', 'until', 'from', 'before', 'after']);

export function dateFacts(a: ArticleCtx, mentions: DateMention[], refSource: RefSource): Fact[] {
  const out: Fact[] = [];
  for (const d of flatten(mentions)) {
    if (d.qualifier === 'url' || d.qualifier === 'vague') continue;
    // a quoted "today" is the speaker's day, not the publication's: which day it was is not in the text
    if (d.relative && isSpeakerDay(d.text) && insideQuotation(a.text, d.start)) continue;
    // the surface text leaves out a leading "the" ("third quarter of 2026", not "the third quarter of 2026")
    const start = /^the\s/i.test(a.text.slice(d.start, d.start + 4)) && d.end - d.start > 4 ? d.start + 4 : d.start;
    const reasons: string[] = [];
    // "the summer of 2007": a season is no calendar unit, so the fact is the year it names
    const seasonYear = /\b(?:spring|summer|autumn|fall|winter)\b/i.test(d.text) && d.value.includes('/') ? /\b(\d{4})\b/.exec(d.text)?.[1] : undefined;
    if (seasonYear) reasons.push('a season, given as the year it names');
    const f = baseFact(a, 'date', seasonYear ?? d.value, start, d.end, d.firstToken);
    let confidence = 0.97;
    if (d.relative) {
      if (refSource === 'now') {
        confidence = 0.6;
        reasons.push('no publication date: resolved against the processing date');
      } else if (refSource === 'guessed') {
        // said, not yet scored lower: how often such a guess is wrong is the calibration's to learn
        confidence = 0.9;
        reasons.push('relative date resolved against a publication date guessed from the page');
      } else if (refSource === 'dateline') {
        confidence = 0.9;
        reasons.push("relative date resolved against the article's dateline");
      } else {
        confidence = 0.9;
        reasons.push('relative date resolved against publication date');
      }
    }
    if (d.inferredYear) {
      confidence = Math.min(confidence, refSource === 'now' ? 0.55 : 0.85);
      const why = d.yearNote ?? (d.bias === 'past' ? 'the most recent one (past tense)' : d.bias === 'future' ? 'the coming one (future tense)' : 'the nearest one');
      reasons.push(`year not written: read as ${why}`);
    }
    if (d.qualifier === 'fiscal' && !d.value.startsWith('FY')) {
      confidence = Math.min(confidence, 0.6);
      reasons.push('fiscal or school year taken as the calendar year');
    }
    if (d.grain === 'span' && (d.qualifier === 'early' || d.qualifier === 'mid' || d.qualifier === 'late')) {
      reasons.push(`'${d.qualifier}' kept as a qualifier of ${d.value}`);
    }
    out.push({ ...f, qualifier: d.qualifier && KEEP_QUALIFIERS.has(d.qualifier) ? d.qualifier : null, confidence, reasons });
  }
  return out;
}
