/**
 * Site-independent markers of page furniture. Each family names a kind of boilerplate that news
 * templates mark up in the same words everywhere (WordPress, Arc, Drupal, hand-made themes alike).
 * They are hints, not verdicts: an element matched here keeps its content when it holds most of the
 * page's prose (see `node-table.ts`), so one unlucky wrapper class cannot empty an article.
 *
 * Class names and ids are split at camelCase humps, lower-cased and runs of "-" / "_" folded to one
 * "-" before matching, so "article__body", "articleBody" and "article_body" read alike. Patterns match whole dash-separated
 * words: "ad" matches "ad-slot" and "top-ad" but never "head", "read" or "download".
 */
export type Family =
  | 'hidden'
  | 'nav'
  | 'header-footer'
  | 'consent'
  | 'ad'
  | 'related'
  | 'promo'
  | 'share'
  | 'author-meta'
  | 'comments'
  | 'tags'
  | 'post-nav'
  | 'sidebar'
  | 'overlay'
  | 'form'
  | 'caption'
  | 'restatement';

/**
 * Words that may follow the family word in a class name without changing what it names:
 * "share-buttons", "related-posts-list", "sidebar-inner-2". Anything else after it turns the name
 * into a description of something bigger: "ad-margins", "pagination-first", "rail-tall".
 */
const SUFFIX = [
  'box', 'boxes', 'container', 'cont', 'wrap', 'wrapper', 'wrp', 'area', 'section', 'sec', 'block', 'blocks',
  'list', 'lists', 'links', 'link', 'bar', 'module', 'mod', 'widget', 'widgets', 'panel', 'inner', 'outer',
  'holder', 'items', 'item', 'title', 'heading', 'label', 'text', 'info', 'icons', 'icon', 'buttons', 'button',
  'btn', 'btns', 'tools', 'unit', 'units', 'slot', 'zone', 'placeholder', 'content', 'contents', 'group', 'row',
  'col', 'column', 'grid', 'card', 'cards', 'region', 'element', 'el', 'component', 'frame', 'top', 'bottom',
  'left', 'right', 'desktop', 'mobile', 'container', 'posts', 'stories', 'articles', 'news', 'feed', 'menu',
  'nav', 'v2', 'new', 'main', 'footer', 'header', 'module', 'wrapper', 'widget', 'tab', 'tabs',
  'carousel', 'slider', 'rail', 'strip', 'sticky', 'top', 'image', 'img', 'photo', 'media',
].join('|');

/** Family words followed only by suffix words (or numbers) up to the end of the name. */
const named = (alts: string): RegExp => new RegExp(`(?:^|-)(?:${alts})(?:-(?:${SUFFIX}|\\d+|[a-z]))*$`);

const CLASS_PATTERNS: Array<[Family, RegExp]> = [
  // Accessibility/visibility helpers: text no reader sees on screen.
  ['hidden', /^(?:hidden|hide|d-none|sr-only|visually-?hidden|visuallyhidden|screen-?reader(?:-text|-only)?|offscreen|invisible|is-hidden|u-hidden|element-invisible|print-only)$/],
  // Boxes that restate the story beside it: a pull quote prints again, large, a sentence the story
  // has; "key points", "at a glance" and fact boxes sum up its figures, rounded or out of their context.
  ['restatement', named('pull-?quote|pullquote|pull-?out|pullout|pull-?out-?quote|callout-?quote|quote-?pull|key-?points|keypoints|key-?takeaways|takeaways|story-?highlights|at-?a-?glance|tldr|tl-?dr|fact-?box|factbox|facts-?box|by-?the-?numbers')],
  ['caption', named('caption|captions|figcaption|wp-caption-text|wp-caption|credit|credits|photo-?credit|image-?credit|img-?credit|media-?credit|copyright|getty')],
  // "cmp" (consent management platform) only as a consent box's own name ("cmp", "qc-cmp2-ui",
  // "cmp-banner"): design systems prefix every component with it (Adobe's "cmp-text", "cmp-title",
  // "cmp-container"), and reading those as consent would drop a whole article's paragraphs.
  ['consent', /cookie|consent|gdpr|(?:^|-)cmp\d*(?:-(?:banner|box|dialog|modal|popup|pop-up|overlay|notice|message|layer|ui|app|root|wrapper|wrap|main|frame|summary|details|buttons|button|btn))*$|privacy-?(?:banner|notice|bar)/],
  ['ad', /^ad(?:container|wrapper|slot|unit|box|block|space|holder)|^adsbygoogle|^div-gpt|taboola|outbrain|advertorial/],
  ['ad', named('ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|adbox|adsense|dfp|gpt-ad|sponsor|sponsored|sponsors|promoted|native-ad')],
  ['related', named('related|related-?(?:posts|articles|stories|content|links|news)|recommended|recommendations?|more-(?:stories|articles|news|from|on|in|to-read|coverage)|most-?(?:read|popular|viewed|shared|emailed)|mostread|popular|trending|read-?more|readmore|read-?next|readnext|also-?read|read-?also|see-?also|you-?may-?(?:also-?)?like|suggested|recirc|recirculation|teaser|teasers|more-?like-?this|further-?reading|next-?(?:article|story|post)|top-?stories|latest-?(?:news|stories|posts)|headlines')],
  // "subscriber-only" marks the story a subscriber reads, not a prompt to subscribe
  ['promo', /newsletter|subscri(?:be(?!r)|ption)/],
  ['promo', named('signup|sign-?up|sign-?in|login|log-?in|register|registration|meter|app-?(?:download|promo|banner|store)|download-?app|promo|promos|promotion|cta|donate|donation|membership|inline-?promo')],
  ['share', /^(?:addthis|sharethis|sharedaddy|a2a)/],
  ['share', named('share|shares|sharing|sharebar|social|socials|social-?(?:links|share|media|icons|buttons|bar|follow)|follow-?us|print-?(?:button|link)|email-?(?:share|button)')],
  ['comments', /disqus|livefyre/],
  ['comments', named('comment|comments|commentlist|comment-?(?:list|section|area|form|respond|count|thread)|comments-?(?:area|section|list)|respond|reply|replies|discussion|fb-comments|coral')],
  ['tags', named('tags|tag-?(?:list|cloud|links|box)|tagcloud|tagged|post-?tags|entry-?tags|article-?tags|story-?tags|topics|topic-?(?:list|links|tags)|keywords|categories|cat-?links|filed-?(?:in|under)')],
  ['post-nav', named('pagination|pager|paging|post-?nav|post-?navigation|nav-?(?:links|previous|next)|prev-?next|next-?prev|previous-?post|next-?post|prev-?post|breadcrumb|breadcrumbs|crumbs')],
  ['author-meta', named('author-?(?:bio|box|info|card|profile|details|about|meta)|about-?(?:the-?)?author|bio|biography|byline|by-?line|bylines|author|authors|writer|dateline|timestamp|time-?stamp|published|publish-?date|pub-?date|post-?(?:meta|date|info|byline|author)|entry-?(?:meta|date|byline|author)|article-?(?:meta|info|byline|date|author)|story-?(?:meta|byline|date)|meta-?(?:data|info)|posted-?on|date|dates')],
  ['nav', named('nav|navbar|navigation|menu|main-?menu|menubar|mega-?menu|sub-?nav|site-?nav|skip-?link|skip-?to-?content|top-?bar|masthead')],
  ['header-footer', named('footer|site-?header|page-?header|global-?header|header|colophon')],
  ['sidebar', named('sidebar|side-?bar|rail|right-?rail|left-?rail|widget-?area|widgets|aside|sidecol|side-?col')],
  ['overlay', named('modal|popup|pop-?up|overlay|lightbox|toolbar|tooltip|dropdown|ticker|breaking-?bar|news-?ticker|alert-?bar|notification|toast|flyout|drawer')],
];

/** A box of the story's figures ("fact box", "by the numbers", "at a glance"), whatever tag carries it. */
const FACT_BOX = named('fact-?box|factbox|facts-?box|fast-?facts|quick-?facts|key-?facts|by-?the-?numbers|in-?numbers|at-?a-?glance');

/** Whether a class name or the id of an element names a fact box. */
export function namesFactBox(attribs: Record<string, string>): boolean {
  const names = attribs.class ? attribs.class.split(/\s+/) : [];
  if (attribs.id) names.push(attribs.id);
  return names.some((raw) => raw.length >= 2 && raw.length <= 80 && FACT_BOX.test(folded(raw)));
}

/** Tags that are furniture by definition. */
const TAG_FAMILY: Record<string, Family> = {
  nav: 'nav',
  footer: 'header-footer',
  header: 'header-footer',
  aside: 'sidebar',
  figcaption: 'caption',
  menu: 'nav',
  dialog: 'overlay',
  // Search boxes, comment and share-by-email forms, sign-ups: labels and prompts, not the story. A
  // page wrapped whole in one form (old ASP.NET) keeps its article: the wrapper holds its prose.
  form: 'form',
};

const ROLE_FAMILY: Record<string, Family> = {
  navigation: 'nav',
  banner: 'header-footer',
  contentinfo: 'header-footer',
  complementary: 'sidebar',
  search: 'nav',
  menu: 'nav',
  menubar: 'nav',
  dialog: 'overlay',
  alertdialog: 'overlay',
};

/** Families that may mark paragraphs and headings themselves ("p.caption", "p.byline"); the rest
 * (nav, related, header...) name containers and would misfire on a "h2.section-header" subheading. */
const TEXT_LEVEL_FAMILIES = new Set<Family>(['hidden', 'caption', 'ad', 'promo', 'author-meta', 'share', 'restatement']);
const TEXT_LEVEL_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'th', 'tr', 'dd', 'dt']);

/**
 * Names that describe what a wrapper contains, allows or looks like ("has-sidebar",
 * "content-with-sidebar", "header-style-2"), and CMS taxonomy classes ("category-promotions",
 * "tag-advertising", "author-jane") that say what the post is about, not what the element is.
 */
const STATE_WORD = /(?:^|-)(?:has|with|w|and|no|non|not|without|show|enable|enabled|disabled|allow|template|layout|style|type|mode|theme|variant|js|is|open|closed|active|off|of|for|in)(?:-|$)/;
const TAXONOMY_PREFIX = /^(?:category|categories|tag|tags|topic|topics|author|format|type|status)-/;
const TAXONOMY_FURNITURE = /^(?:tags?-(?:list|cloud|links|box|wrap|wrapper|container|area|block|section)|author-(?:bio|box|info|card|profile|details|about|meta|wrap|wrapper|container|area|block|section|avatar|name|byline))$/;

/** "InlineImage-imageEmbedCaption" -> "inline-image-image-embed-caption": camelCase words count too. */
function folded(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[-_]+/g, '-');
}

const CONTENT_HINT = /(?:^|-)(?:article-?body|articlebody|article-?content|article-?text|entry-?content|entry-?body|post-?body|post-?content|post-?text|post-?entry|story-?body|story-?content|story-?text|body-?text|body-?copy|main-?content|content-?body|rich-?text|blog-?post-?body|news-?body|news-?text|single-?content)(?:$|-)/;

/** What one class name or id says: a furniture family, and/or "this is the article body". */
interface NameInfo {
  family: Family | null;
  hint: boolean;
}

// Class names repeat across pages of one template and across a page; the answer depends on the name
// alone, so it is memoised (bounded, and deterministic, so cleanHtml stays a pure function).
const nameCache = new Map<string, NameInfo>();

function infoOfName(raw: string): NameInfo {
  const cached = nameCache.get(raw);
  if (cached !== undefined) return cached;
  const name = folded(raw);
  let family: Family | null = null;
  const taxonomy = TAXONOMY_PREFIX.test(name) && !TAXONOMY_FURNITURE.test(name);
  if (name.length >= 2 && name.length <= 80 && !taxonomy && !STATE_WORD.test(name)) {
    for (const [fam, re] of CLASS_PATTERNS) {
      if (re.test(name)) {
        family = fam;
        break;
      }
    }
  }
  const info = { family, hint: name.length <= 80 && CONTENT_HINT.test(name) };
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(raw, info);
  return info;
}

/** The class names and id of an element that name a kind of furniture, each with its family. */
export function furnitureNames(attribs: Record<string, string>): Array<[string, Family]> {
  const names = attribs.class ? attribs.class.split(/\s+/) : [];
  if (attribs.id) names.push(attribs.id);
  const out: Array<[string, Family]> = [];
  for (const raw of names) {
    const fam = raw ? infoOfName(raw).family : null;
    if (fam !== null) out.push([raw, fam]);
  }
  return out;
}

export interface ElementClass {
  family: Family | null;
  /** A class/id/itemprop says "this is the article body". */
  hint: boolean;
}

/** "hidden" and "caption" win over the others: they decide where the text goes, not just whether. */
function stronger(found: Family | null, fam: Family): boolean {
  return found === null || fam === 'hidden' || (fam === 'caption' && found !== 'hidden');
}

/** What an element is, from its tag, ARIA role, class names, id and itemprop. */
export function classifyElement(tag: string, attribs: Record<string, string>): ElementClass {
  const prop = attribs.itemprop;
  let hint = prop !== undefined && /articlebody/i.test(prop);
  let family: Family | null = TAG_FAMILY[tag] ?? null;
  const role = attribs.role;
  if (family === null && role !== undefined) family = ROLE_FAMILY[role.toLowerCase()] ?? null;
  // schema.org microdata names comment threads in any template, whatever its class names.
  if (family === null && (/^comment$/i.test(prop ?? '') || /schema\.org\/(?:Comment|UserComments)$/i.test(attribs.itemtype ?? ''))) family = 'comments';
  const cls = attribs.class;
  const id = attribs.id;
  if (!cls && !id) return { family, hint };
  const byMarkup = family !== null;
  const textLevel = TEXT_LEVEL_TAGS.has(tag);
  const names = cls ? cls.split(/\s+/) : [];
  if (id) names.push(id);
  for (const raw of names) {
    if (!raw) continue;
    const info = infoOfName(raw);
    if (info.hint) hint = true;
    const fam = info.family;
    if (byMarkup || fam === null || (textLevel && !TEXT_LEVEL_FAMILIES.has(fam))) continue;
    if (stronger(family, fam)) family = fam;
  }
  return { family, hint };
}
