import { normalizeDate } from './metadata/dates.ts';

/**
 * Short lines that are furniture whatever markup carries them: ad labels, share prompts, "Read more",
 * comment prompts, bylines, bare datelines. Only short blocks are tested, so a real paragraph that
 * happens to start with "Read more" or "By" is never dropped. English first, with the commonest
 * equivalents in a few other languages.
 */
const MAX_LINE = 140;

const DROP_LINES: RegExp[] = [
  /^(?:advertisement|advertisements|advert|ad|ads|sponsored(?: content| links?)?|paid content|partner content|anzeige|werbung|publicidad|publicidade|pubblicità|publicité|reclame|advertentie|reklam|reklama|mainos|annons|annonse|iklan|реклама|광고|広告)$/i,
  // Gallery and reader controls that templates print as text: "Image 3 of 12", "Caption", "Close", "Text size".
  /^(?:image|photo|picture|slide|foto|bild|imagem|imagen)s?\s+\d+\s*(?:of|von|de|di|\/)\s*\/?\s*\d*$/i,
  /^(?:caption|hide caption|show caption|toggle caption|close|expand|enlarge(?: this)?(?: image| photo)?|full ?screen|text size|font size|view (?:the )?(?:full )?(?:gallery|slideshow)|open (?:the )?gallery|this (?:slideshow|gallery|video|content) requires javascript\.?)$/i,
  /^(?:story|article|text) continues (?:below|after).{0,40}$/i,
  /^continue reading.{0,60}$/i,
  // A "Read more" label, alone or introducing a linked headline ("Read more: ...", "See also »").
  /^(?:read more|read also|also read|read next|see also|related|related (?:articles?|stories|content|coverage|posts?|news|links?)|related \p{L}+(?=\s*:)|more on this(?: story)?|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?|don'?t miss|leia (?:também|mais)|veja também|lesen sie auch|lire aussi|leer más|ver también|leggi anche|читайте также)(?:\s*[:»›>|–—-].{0,100})?$/iu,
  /^(?:share|share this(?: article| story| post| page)?|share on \w+|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|copy link|link copied|save|bookmark|compartilhe|compartir|teilen|partager|condividi)(?: ?[:|/-]? ?(?:facebook|twitter|email|whatsapp|linkedin|print))*[.!:]?$/i,
  /^(?:sign up|subscribe|subscribe now|log in|sign in|register|create (?:a |your )?(?:free )?account)\b.{0,100}$/i,
  /^.{0,60}\b(?:newsletter|to your inbox|in your inbox)\b.{0,60}$/i,
  /^(?:follow us|follow (?:\S+ ){0,7}on (?:twitter|facebook|instagram|linkedin|x|youtube|telegram|google news))\b.{0,80}$/i,
  /^(?:download (?:the|our) (?:\S+ ){0,3}app|get the (?:\S+ ){0,3}app)\b.{0,100}$/i,
  /^(?:leave a (?:comment|reply)|post a comment|add a comment|no comments(?: yet)?|be (?:the )?first to comment|leave the first comment|what(?:'|’)?s your (?:opinion|view|take)(?: on this(?: \w+)?)?\??|what is your (?:opinion|view|take)(?: on this(?: \w+)?)?\??|join the (?:conversation|discussion)|show comments|view comments|\d+ comments?|comments?(?: \(\d+\))?|what do you think\??|your e-?mail(?: address)? (?:will|shall) (?:not|never) be (?:published|shown|displayed).*|required fields are marked.*)$/i,
  /^(?:deixe (?:um|seu) comentário|deja (?:un|tu) comentario|laisser un commentaire|kommentar schreiben|lascia un commento|добавить (?:отзыв|комментарий)|оставить (?:отзыв|комментарий)|написать (?:отзыв|комментарий))(?!\p{L}).{0,40}$/iu,
  // "More world news: https://...": a pointer to the site's own pages, printed with its address.
  /^more (?:\S+ ){0,4}\S*:\s*https?:\/\/\S+(?:\s+(?:and|&)\s+https?:\/\/\S+)*$/i,
  /^(?:sharing is caring|like this|like loading|share (?:this|the) (?:story|article|post) on|back to (?:the )?(?:gallery|slideshow|article|top)|thank you|this article has been sent to)\b.{0,20}$/i,
  /^(?:(?:share|tweet|submit|email|pin|print|save|flip|whatsapp|facebook|twitter|linkedin|reddit|comment)[\s|,·•]*){2,}$/i,
  // a web address alone, and the shortcodes of a blog engine left unrendered ("[button ...]...[/button]")
  /^https?:\/\/\S+$/i,
  /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/,
  // a post's counters, alone or run together: "637 views", "412 views 0 comments", "1.2K likes"
  /^(?:\d[\d,.]*\s?[km]?\s*(?:views?|comments?|likes?|reads?|shares?|reactions?|claps?|followers?|subscribers?)\s*[·•|,]?\s*)+$/i,
  // a bare count in a social site's short form: "1.2K" (claps, likes) beside a post's byline
  /^\d{1,4}(?:[.,]\d{1,2})?\s?[km]$/i,
  // reader ratings: "Rating: 9 Votes", "4.5 stars"
  /^(?:rating|votes?|score)\s*:?\s*\d+(?:[.,]\d+)?\s*(?:votes?|stars?|\/\s*\d+)?$/i,
  /^(?:tags?|topics?|filed under|categories|category|keywords|etiquetas|tópicos|schlagworte)\s*:.{0,120}$/i,
  /^(?:click here|tap here)\b.{0,100}$/i,
  // a sponsor's message set in the body: "Sponsored: Meet the suppliers at ..."
  /^(?:sponsored|promoted|partner content|advertorial)\s*[:|–—-].{0,120}$/i,
  // a pointer to another page of the site: "You can read our earlier report here."
  /^you can (?:also )?(?:view|read|find|see|watch|listen to|download|subscribe to) [^.!?]{1,80}\bhere\b[^.!?]{0,20}[.!]?$/i,
  /^(?:all rights reserved|copyright\b|©).{0,120}$/i,
  /^(?:previous|next|older|newer)(?: (?:article|post|story|page|entry))?\s*[:»«›‹>]?$/i,
  // a print edition's note under a web story: "A version of this article appears in print on ...,
  // Section B, Page 3"; its date is offered as a dateline, which counts only where nothing better dates the page
  /^(?:a version of )?(?:this|the) (?:article|story|report|column|piece) (?:first |originally )?(?:appeared|appears|ran|runs|was (?:published|printed)|is published) in (?:the )?(?:print(?= on\b| edition\b| issue\b|[,.;]|$)|[^.!?]{0,60}\bprint (?:edition|issue|version)\b)|^(?:published in|from|in) (?:the )?print edition\b.{0,60}$|^print edition(?:\s*[:|–—-]\s*.{0,40})?$/i,
  // a paginated story's page links printed as text: "Page 1 of 2", "Pages: 1 2 Next »", "Continue to page 2"
  /^(?:pages?|pg\.?)\s*:?\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3}|(?:\s+\d{1,3}){0,12})(?:\s*(?:[»›>|]|next|previous|prev)(?: page)?)*\s*$/i,
  /^(?:[«‹<]\s*)?(?:(?:previous|prev)(?: page)?\s*)?(?:\d{1,3}\s+){1,12}\d{0,3}\s*(?:next|previous)(?: page)?\s*[»›>]?$/i,
  /^continue (?:to|on) (?:the next )?page(?: \d{1,3})?\s*[»›>]?$/i,
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
  // a membership pitch: a sentence that opens by telling the reader to join at a price ("Join for £6 a month.")
  /(?:^|[.!?:]\s+)(?:join|subscribe|upgrade|become a (?:member|subscriber))(?: (?:now|today|us))?\s+(?:for|from|at) (?:just |only )?(?:[£$€]|[A-Z]{1,3}\$)\s?\d[\d.,]*p?\s*(?:a|per|\/)\s*(?:month|week|year|mo|yr)\b/i,
  // affiliate disclosures: "We may earn a commission when you buy through links on our site"
  /\b(?:may|might|could|will) (?:earn|receive|get|be paid) (?:\S+ ){0,3}commissions?\b.{0,160}\b(?:links?|purchases?|buy)\b/i,
  // an app's plug: "Install our reader from Google Play or the App Store"
  /\b(?:download|get|install)\b.{0,60}\b(?:app|application)\b.{0,40}\b(?:app store|play store|google play|appgallery)\b/i,
  /\bwe(?:'|’)?d (?:like|love) to hear (?:from you|what you think|your thoughts)\b/i,
  // terms of use and reprint notices
  /\bfor your personal,? non-?commercial use\b|\bsubject to copyright\b|\b(?:registration on|use of) this (?:web)?site constitutes acceptance\b/i,
  /\bmay not be (?:reproduced|published|broadcast|rewritten|redistributed|copied|distributed|transmitted)(?:,? (?:or |and )?(?:reproduced|published|broadcast|rewritten|redistributed|copied|distributed|transmitted|cached|used))+\b/i,
  /^comments? (?:are|is) (?:subject to|moderated)\b|^opinions expressed (?:by|in) .{1,60} are (?:their|his|her|the author'?s?|its) own\b|^citation\s*:.{0,240}\bretrieved\b/i,
  /\b(?:update|upgrade|switch) to a (?:modern|newer|supported|different) browser\b|\byou(?:'re| are) (?:using|on) (?:an? )?(?:outdated |older |unsupported )?(?:browser|internet explorer)\b/i,
  /\bcommunity (?:rules|guidelines|standards) apply to\b/i,
  // a comment box's prompt and disclaimer: "Log in to post a comment. Comments are the opinions of readers"
  /\blog ?in to (?:post|leave|add|write) (?:a )?comments?\b|\bcomments are the (?:opinions|views) of (?:readers|their authors|the authors|users)\b/i,
  // a reporter's contact line under the story: "Write to Jane Roe at jane.roe@paper.example"
  /^write to [^.!?]{1,80} at \S+@\S+\.?$/i,
  // an ad break's own label: "Advertisement - Scroll to Continue"
  /^advertisement\s*[-–—:|]?\s*(?:scroll|continue)(?: (?:down|to continue|reading|below|with the story))*[.!]?$/i,
  // a paid product's plug, named before a colon: "Courier Pro: See our database of 400 deals. Start free trial"
  /^[^.!?:]{1,40}:\s.{0,200}\b(?:start|begin) (?:your |a )?free trial[.!]?$/i,
  // a paywall's offer where a paid story's preview ends: "Keep reading with a 7-day free trial",
  // "Subscribe to the Letter to keep reading this post", "This post is for paid subscribers"
  /\b(?:keep|continue) reading with an? \b.{0,40}\b(?:free trial|subscription|membership)\b|\b(?:subscribe|sign up|register|log ?in|upgrade)\b.{0,80}\bto (?:keep|continue) reading\b|^this (?:post|article|story|content|issue) is (?:only )?(?:for|available to) (?:paid |premium |paying )?(?:subscribers|members)\b|^already an? (?:paid |premium |digital )?(?:subscriber|member)\?/i,
  /\b(?:you have been|you're|you are) (?:successfully )?subscribed\b|\bproblem subscribing you\b|^(?:an error has occurred|something went wrong)\b.{0,60}$/i,
];

/**
 * An author's bio line: "Jane Roe (@jroe) is a staff writer at the Courier." A line with a figure in
 * it is story text about someone who once reported, not a bio.
 */
const BIO_LINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?: \(@\w+\))? is an? (?!former )(?:[\p{L}-]+ ){0,4}(?:[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist)(?:[.!]?$|\s+(?:for|at|with|based in|and|covering|who covers)\s)/u;

/**
 * Credits of the people who reported, wrote or edited the story ("Reporting by ...; Editing by ...",
 * "Jane Roe contributed reporting from Lima.", "SOURCE: News agencies"): the story's making, not its
 * content. Anchored at the start; a credit names people, so a sentence with other lower-case words
 * ("Reporting by the agency showed ...") is story text.
 */
const CREDIT_ROLE = /^\(?(?:(?:additional|further|with additional|with) )?(?:reporting|writing|editing|edited|compiled|translated) by\s+\p{Lu}/iu;
const CREDIT_WORDS = new Set(['and', 'by', 'in', 'from', 'at', 'with', 'additional', 'further', 'reporting', 'writing', 'editing', 'edited', 'compiled', 'translated', 'de', 'da', 'van', 'von', 'der', 'del', 'la', 'le', 'bin', 'al']);
const CONTRIBUTED = /^[^.!?]{1,120}\bcontributed (?:additional )?(?:reporting|to this (?:report|story|article))\b[^.!?]{0,80}\.?$/i;
const SOURCE_LINE = /^(?:source|sources|fonte|fuente|quelle)\s*:\s*[^.!?]{1,60}$/i;

function isStaffCredit(text: string): boolean {
  if (CONTRIBUTED.test(text) || SOURCE_LINE.test(text)) return true;
  if (!CREDIT_ROLE.test(text)) return false;
  return text.split(/[^\p{L}'’-]+/u).every((w) => w === '' || !/^\p{Ll}/u.test(w) || CREDIT_WORDS.has(w.toLowerCase()));
}

/** Photo credits that stand alone on a line belong with the captions. */
const CREDIT_LINES: RegExp[] = [
  /^\([^()]{0,60}\b(?:photo|photos|file photo|image|images|picture|foto|fotos|illustration)\b[^()]{0,60}\)$/i,
  /^(?:photo|photos|image|images|picture|pictures|credit|credits|foto|fotos|bild|imagem|imagen|illustration|graphic|video)\s*(?:credit)?\s*:/i,
  /^\(?(?:ap|afp|reuters|getty images|shutterstock|istock|epa|xinhua|ansa|dpa|bloomberg|afp\/getty images)(?: photo)?(?:\/[^)]{0,60})?\)?$/i,
  /^.{0,80}[/|]\s*(?:getty(?: images)?|shutterstock|istock|afp|reuters|ap|epa|bloomberg|xinhua|dpa|alamy)(?: via getty images)?\)?$/i,
  /^\(?(?:photo |image |picture )?courtesy(?: of)?\b[^.!?]{0,80}\)?$/i,
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
const MONTH_NAME = new RegExp(`(?<!\\p{L})(?:${MONTHS})(?!\\p{L})`, 'iu');
const DAY_NAME = new RegExp(`(?<!\\p{L})(?:${DAYS})(?!\\p{L})`, 'iu');
const DATE_WORDS = new RegExp(`(?<!\\p{L})(?:${MONTHS}|${DAYS}|${CONNECTORS})(?!\\p{L})`, 'giu');

/** "Updated 3:45 PM ET, Tue November 19, 2019", "segunda-feira, 22 de janeiro de 2018 às 0:13":
 * nothing is left once date words, numbers and punctuation go. */
const DATE_LABEL = /(?<!\p{L})(?:updated|published|posted|modified|first published|last updated|atualizado|publicado|actualizado|aktualisiert|veröffentlicht|pubblicato|aggiornato|mis à jour|publié|опубликовано|обновлено|дата публикации|기사입력|입력|수정|발행|掲載|更新|发布|發佈|发表)(?!\p{L})/iu;

/** "Posted: [ 2019-03-04 10:15 ]" -> "2019-03-04 10:15": the date a label and its brackets wrap. */
function unlabelled(text: string): string {
  return text.replace(new RegExp(DATE_LABEL.source, 'giu'), '').replace(/^[\s:：[\]()|–—-]+|[\s[\]()|–—-]+$/g, '');
}

function isDateLine(text: string): boolean {
  if (text.length > 120 || !/\d/.test(text)) return false;
  // "New Delhi, Agency | Updated : 19 November 2019, 09:01 AM": labelled, and a date is in it.
  if (DATE_LABEL.test(text) && (normalizeDate(text) !== null || normalizeDate(unlabelled(text)) !== null)) return true;
  if (text.length > 90) return false;
  // "Mar 4, 2025 · 4 min read": a middle dot or bullet parts a meta line's fields as a bar does
  const rest = text.replace(/(\d)(?:st|nd|rd|th)(?!\p{L})/gu, '$1').replace(DATE_WORDS, '').replace(/[\d\s.,:/|·•–—()[\]+-]+/g, '');
  return rest.length === 0 && !isTimeOfDay(text) && !isDateSpan(text);
}

/** "4:15 p.m.", "9.30 am / 6 pm": a clock time alone heads an entry of a running story or gives opening hours; it stamps no page. */
const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?`;
const TIME_OF_DAY = new RegExp(`^\\(?${TIME}(?:\\s*[/–—-]\\s*${TIME})?\\)?$`, 'i');

function isTimeOfDay(text: string): boolean {
  return TIME_OF_DAY.test(text) && /[ap]\.?\s?m\b|\d:\d/i.test(text);
}

/** "3 May 2019 | 9 June 2019": two whole days, no label, no clock: when an event runs, not when the page was written. */
const SPAN_JOIN = /\s*[|–—]\s*|\s+(?:-|to|until|till|bis|au|al|até|a)\s+/i;

function isDateSpan(text: string): boolean {
  if (/\d:\d/.test(text)) return false;
  const parts = text.split(SPAN_JOIN);
  if (parts.length !== 2) return false;
  const days = parts.map((p) => normalizeDate(p.replace(/^(?:from|de|du|vom|dal|desde)\s+/i, '')));
  return days.every((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)) && days[0] !== days[1];
}

/** Names as bylines write them: capitalised words, with the particles of surnames, joined by commas or "and". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|del|der|la|le|bin|al))*`;
const NAMES = new RegExp(`^${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*$`, 'u');
const AGENCY_TAIL = /(?:^|[\s,|–—-])((?:the )?(?:associated press|reuters|agence france-presse|afp|bloomberg news|bloomberg|dpa|xinhua|ansa|press association|upi|kyodo(?: news)?|ap)|[\p{L} ]{1,30} wire services?)$/iu;
const ROLE_TAIL = /(?:^|[\s,|–—-])((?!The\s)(?:\p{Lu}[\p{L}-]* ){0,3}(?:Writer|Correspondent|Reporter|Editor|Contributor|Columnist|Journalist|WRITER|CORRESPONDENT|REPORTER|EDITOR))$/u;

/** "Jane Roe, AP Business Writer", "Ana Ruiz and Li Wei, Associated Press", "Senior Contributor": who wrote it, without "By". */
function isStaffLine(text: string): boolean {
  if (text.length > 100) return false;
  const m = AGENCY_TAIL.exec(text) ?? ROLE_TAIL.exec(text);
  if (!m) return false;
  const head = text.slice(0, m.index + (m[0].length - (m[1] as string).length)).replace(/[\s,|–—-]+$/, '');
  return head === '' || (NAMES.test(head) && !/^(?:the|a|an|our|your|my|his|her|their)$/i.test(head));
}

const BY_WORD = /^(?:by|By|BY)$/;
const JOINER = /^(?:[,|·•–—-]+|on|at)$/;

/** "Jane Roe 2024-03-02 10:15", "By Jane Roe on March 4, 2024", "4 March 2024, 9:10 am by Jane Roe": a name and a stamp, nothing else. */
function isDatedByline(text: string): boolean {
  if (text.length > 120 || !/\d{4}|\d:\d\d/.test(text)) return false;
  const words = text.split(/\s+/);
  const isStamp = (ws: string[]) => {
    while (ws.length && JOINER.test(ws[0] as string)) ws = ws.slice(1);
    const t = ws.join(' ').replace(/^[,|·•–—-]\s*/, '');
    // a day or a clock, not a bare year ("Lisbon, 2019" is a place and a year)
    return (MONTH_NAME.test(t) || /\d:\d\d|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(t)) && isDateLine(t);
  };
  // a name holds no date words ("Updated", "Tue", "March")
  const isName = (ws: string[]) => {
    const t = ws.join(' ').replace(/[,|·•–—-]+$/, '');
    return ws.length > 0 && NAMES.test(t) && !MONTH_NAME.test(t) && !DAY_NAME.test(t) && !DATE_LABEL.test(t);
  };
  // the name first ("By" optional), then the stamp
  const start = BY_WORD.test(words[0] as string) ? 1 : 0;
  for (let k = start + 1; k <= Math.min(words.length - 1, start + 5); k++) {
    if (isName(words.slice(start, k)) && isStamp(words.slice(k))) return true;
  }
  // the stamp first, then the name ("by" optional)
  const by = words.findIndex((w, i) => i > 0 && BY_WORD.test(w));
  if (by > 0) return isName(words.slice(by + 1)) && isStamp(words.slice(0, by));
  for (let k = words.length - 1; k >= Math.max(1, words.length - 5); k--) {
    if (isName(words.slice(k)) && isStamp(words.slice(0, k))) return true;
  }
  return false;
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
/** "About Jane Roe", "Über Acme Systems": the heading of an author's or a company's standing blurb. */
const ABOUT_NAME = /^(?:[Aa]bout|ABOUT|[Üü]ber|[Ss]obre|[Àà] propos de|[Aa] proposito di)\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s*:?$/u;

const SECTION_LABEL = /^(?:read more|read next|read also|also read|see also|also (?:this week|today|on|in) ?\S*|don'?t miss|more (?:headlines|stories)|about the author|about the authors|about the writer|about us|post (?:a )?comments?(?: ?\([\d+]*\))?|related(?: (?:articles?|stories|posts?|content|coverage|news|links|reading))?|more (?:from|on|in|about) .{1,40}|more (?:\S+ ){0,3}(?:stories|news|articles|reads)|most (?:read|popular|viewed|shared|emailed)(?: (?:in|on|from) .{1,40})?|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|comments?(?: ?\([\d+]*\))?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|trending(?: now| stories)?|latest (?:news|stories|posts|articles)|top stories|popular (?:stories|posts|articles)|tags|topics|keywords|sobre o autor|über den autor|à propos de l'auteur|sobre el autor|comentários|comentarios|kommentare|commentaires|commenti|комментарии|отзывы|댓글|コメント)(?: ?\(\d*\))?\s*[:.!»›>]*$/i;

export type LineVerdict = 'keep' | 'drop' | 'caption' | 'label' | 'dateline' | 'byline';

export function judgeLine(text: string): LineVerdict {
  if (text.length > MAX_PROMPT) return 'keep';
  for (const re of PROMPT_LINES) if (re.test(text)) return 'drop';
  if (BIO_LINE.test(text) && !/\d/.test(text)) return 'drop';
  if (isStaffCredit(text)) return 'caption';
  if (text.length > MAX_LINE) return 'keep';
  if (SECTION_LABEL.test(text) || ABOUT_NAME.test(text)) return 'label';
  for (const re of CREDIT_LINES) if (re.test(text)) return 'caption';
  for (const re of DROP_LINES) {
    // "Publicado em 15 de março de 2024": a dateline in words our date-word list does not know.
    if (re.test(text)) return normalizeDate(text) !== null && text.length <= 90 ? 'dateline' : 'drop';
  }
  if (text.length <= 80 && BYLINE.test(text)) return 'byline';
  if (isStaffLine(text)) return 'byline';
  if (isMetaLine(text)) return 'drop';
  if (isDateLine(text)) return 'dateline';
  if (isDatedByline(text)) return 'byline';
  return 'keep';
}
