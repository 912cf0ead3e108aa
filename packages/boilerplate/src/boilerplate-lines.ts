import { normalizeDate } from './metadata/dates.ts';

/**
 * Short lines that are furniture whatever markup carries them: ad labels, share prompts, "Read more",
 * comment prompts, bylines, bare datelines. Only short blocks are tested, so a real paragraph that
 * happens to start with "Read more" or "By" is never dropped. English first, with the commonest
 * equivalents in a few other languages.
 */
const MAX_LINE = 140;

const DROP_LINES: RegExp[] = [
  /^(?:advertisement|advertisements|advert|ad|ads|sponsored(?: content)?|anzeige|werbung|publicidad|publicidade|pubblicità|publicité|реклама|광고)$/i,
  /^(?:story|article|text) continues (?:below|after).{0,40}$/i,
  /^continue reading.{0,60}$/i,
  // A "Read more" label, alone or introducing a linked headline ("Read more: ...", "See also »").
  /^(?:read more|read also|also read|read next|see also|related|related (?:articles?|stories|content|coverage|posts?|news|links?)|more on this(?: story)?|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?|don'?t miss|leia (?:também|mais)|veja também|lesen sie auch|lire aussi|leer más|ver también|leggi anche|читайте также)(?:\s*[:»›>|–—-].{0,100})?$/i,
  /^(?:share|share this(?: article| story| post| page)?|share on \w+|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|copy link|link copied|save|bookmark|compartilhe|compartir|teilen|partager|condividi)(?: ?[:|/-]? ?(?:facebook|twitter|email|whatsapp|linkedin|print))*[.!:]?$/i,
  /^(?:sign up|subscribe|subscribe now|log in|sign in|register|create (?:a |your )?(?:free )?account)\b.{0,100}$/i,
  /^.{0,60}\b(?:newsletter|to your inbox|in your inbox)\b.{0,60}$/i,
  /^(?:follow us|follow (?:\S+ ){0,4}on (?:twitter|facebook|instagram|linkedin|x|youtube|telegram|google news))\b.{0,80}$/i,
  /^(?:download (?:the|our) (?:\S+ ){0,3}app|get the (?:\S+ ){0,3}app)\b.{0,100}$/i,
  /^(?:leave a (?:comment|reply)|post a comment|add a comment|no comments(?: yet)?|be the first to comment|join the (?:conversation|discussion)|show comments|view comments|\d+ comments?|comments?(?: \(\d+\))?|what do you think\??|your email address will not be published.*|required fields are marked.*)$/i,
  /^(?:tags?|topics?|filed under|categories|category|keywords|etiquetas|tópicos|schlagworte)\s*:.{0,120}$/i,
  /^(?:click here|tap here)\b.{0,100}$/i,
  /^(?:all rights reserved|copyright\b|©).{0,120}$/i,
  /^(?:previous|next|older|newer)(?: (?:article|post|story|page|entry))?\s*[:»«›‹>]?$/i,
  /^(?:we use cookies|this (?:web)?site uses cookies)\b.*$/i,
  /^(?:loading|please wait|please enable javascript).{0,60}$/i,
  /^(?:this article|this story|this post) (?:was|is) (?:originally|first) published\b.{0,120}$/i,
  /^(?:like|enjoy|enjoyed|love)(?:d)? this (?:story|article|post)\b.{0,80}$/i,
  /^(?:posted|published|publicado|publicada|postado|written|escrito) (?:by|por|em|on|el)\b.{0,120}$/i,
];

/** Calls to action that give a line away even in a longer paragraph (up to MAX_PROMPT). */
const MAX_PROMPT = 320;
const PROMPT_LINES: RegExp[] = [
  /\b(?:may|can) be (?:reached|contacted) at\b|\bfollow (?:him|her|them|me|us) (?:on|at) (?:twitter|x|facebook|instagram|linkedin)\b/i,
  /\b(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletter|inbox|email updates|alerts)\b/i,
  /\b(?:delivered|sent) (?:to|through) your (?:inbox|letterbox|door|mailbox)\b/i,
];

/** Photo credits that stand alone on a line belong with the captions. */
const CREDIT_LINES: RegExp[] = [
  /^\([^()]{0,60}\b(?:photo|photos|file photo|image|images|picture|foto|fotos|illustration)\b[^()]{0,60}\)$/i,
  /^(?:photo|photos|image|images|picture|pictures|credit|credits|foto|fotos|bild|imagem|imagen|illustration|graphic|video)\s*(?:credit)?\s*:/i,
  /^\(?(?:ap|afp|reuters|getty images|shutterstock|istock|epa|xinhua|ansa|dpa|bloomberg|afp\/getty images)(?: photo)?(?:\/[^)]{0,60})?\)?$/i,
  /^.{0,80}[/|]\s*(?:getty images|shutterstock|istock|afp|reuters|ap|epa|bloomberg)(?: via getty images)?\)?$/i,
  /^.{0,100}\b(?:photos?|images?|pictures?|foto|fotos)\s*(?:©|\(c\)|copyright|courtesy)/i,
];

const BYLINE = /^(?:[Bb][Yy]|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|y|e|und|et|,|de|da|van|von|del|la|le))*\s*(?:[,|–—-]\s*.{0,60})?$/u;

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|' +
  'septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
const DAYS =
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|' +
  'vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const CONNECTORS =
  'published|updated|posted|modified|last|on|at|am|pm|a\\.m|p\\.m|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|et|pt|ct|' +
  'hours?|hrs?|minutes?|mins?|days?|ago|today|yesterday|read|reading|time|min|' +
  'de|del|do|da|às|as|a|las|le|à|um|uhr|h|el|em|o|the|of|publicado|publicada|atualizado|actualizado|mis|jour|aktualisiert|veröffentlicht|pubblicato|aggiornato';
const DATE_WORDS = new RegExp(`(?<!\\p{L})(?:${MONTHS}|${DAYS}|${CONNECTORS})(?!\\p{L})`, 'giu');

/** "Updated 3:45 PM ET, Tue November 19, 2019", "segunda-feira, 22 de janeiro de 2018 às 0:13":
 * nothing is left once date words, numbers and punctuation go. */
const DATE_LABEL = /(?<!\p{L})(?:updated|published|posted|modified|first published|last updated|atualizado|publicado|actualizado|aktualisiert|veröffentlicht|pubblicato|aggiornato|mis à jour|publié)(?!\p{L})/iu;

function isDateLine(text: string): boolean {
  if (text.length > 120 || !/\d/.test(text)) return false;
  // "New Delhi, Agency | Updated : 19 November 2019, 09:01 AM": labelled, and a date is in it.
  if (DATE_LABEL.test(text) && normalizeDate(text) !== null) return true;
  if (text.length > 90) return false;
  const rest = text.replace(DATE_WORDS, '').replace(/[\d\s.,:/|–—()+-]+/g, '');
  return rest.length === 0;
}

/** "05/10/2018 - Publicado por: Ana - Categoria: Saúde - Tags: x": a line of labelled post data. */
const META_FIELD = /(?:^|[\s|·•–—-])(?:posted by|published by|written by|publicado por|postado por|escrito por|por|by|author|autor|category|categories|categoria|categoría|catégorie|kategorie|tags?|etiquetas|filed under|section|seção|sección)\s*:/gi;

function isMetaLine(text: string): boolean {
  if (text.length > 200) return false;
  const fields = text.match(META_FIELD);
  return fields !== null && fields.length >= 2;
}

/**
 * Labels that head a block of furniture ("About the author", "Related stories"): what follows
 * them, up to the next real heading, goes with them.
 */
const SECTION_LABEL = /^(?:about the author|about the authors|about the writer|about us|post (?:a )?comments?(?: ?\([\d+]*\))?|related(?: (?:articles?|stories|posts?|content|coverage|news|links|reading))?|more (?:from|on|in|about) .{1,40}|more (?:\S+ ){0,3}(?:stories|news|articles|reads)|most (?:read|popular|viewed|shared|emailed)|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|comments?(?: ?\([\d+]*\))?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|trending(?: now| stories)?|latest (?:news|stories|posts|articles)|top stories|popular (?:stories|posts|articles)|tags|topics|keywords|sobre o autor|über den autor|à propos de l'auteur|sobre el autor)\s*[:.!»›>]*$/i;

export type LineVerdict = 'keep' | 'drop' | 'caption' | 'label' | 'dateline' | 'byline';

export function judgeLine(text: string): LineVerdict {
  if (text.length > MAX_PROMPT) return 'keep';
  for (const re of PROMPT_LINES) if (re.test(text)) return 'drop';
  if (text.length > MAX_LINE) return 'keep';
  if (SECTION_LABEL.test(text)) return 'label';
  for (const re of CREDIT_LINES) if (re.test(text)) return 'caption';
  for (const re of DROP_LINES) {
    // "Publicado em 15 de março de 2024": a dateline in words our date-word list does not know.
    if (re.test(text)) return normalizeDate(text) !== null && text.length <= 90 ? 'dateline' : 'drop';
  }
  if (text.length <= 80 && BYLINE.test(text)) return 'byline';
  if (isMetaLine(text)) return 'drop';
  if (isDateLine(text)) return 'dateline';
  return 'keep';
}
