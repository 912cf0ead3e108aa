import type { Token } from '../text/tokenize.ts';

/**
 * Online platforms are named by what people do on them: "one user on X", "she posted the clip on X",
 * "streaming on X", "2 million followers on X", "a room on X". The verb or noun before "on" says a
 * service that hosts posts, streams or listings, which a business runs; days and feasts ("posted on
 * Monday", "on Christmas Eve") are what "on" takes as often, and are left out.
 */

/** Nouns and verbs of what is done on a platform. */
const PLATFORM_ACTS = new Set(['user', 'users', 'follower', 'followers', 'subscriber', 'subscribers', 'account', 'accounts', 'post', 'posts',
  'posted', 'posting', 'tweeted', 'shared', 'sharing', 'streaming', 'streams', 'streamed', 'stream', 'video', 'videos', 'clip', 'clips',
  'listing', 'listings', 'sellers', 'seller', 'channel', 'profile', 'livestream', 'livestreamed', 'uploaded', 'upload', 'downloads', 'downloaded', 'influencer', 'influencers', 'creators', 'creator', 'podcast']);
/** What "on" takes that is a time, not a place online. */
const TIMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween|new|valentine|mother|father|independence|memorial|labor|labour|boxing|election|day|eve)$/;
/** Small words a clause may hold between the act and "on" ("posted the clip on", "a room on"). */
const BETWEEN = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'it', 'them', 'photo', 'photos', 'message',
  'messages', 'picture', 'pictures', 'image', 'images', 'statement', 'link', 'room', 'rooms', 'apartment', 'home', 'house', 'flat', 'show',
  'series', 'film', 'movie', 'music', 'songs', 'song', 'album', 'content', 'footage', 'live', 'online', 'also', 'now', 'exclusively', 'only',
  'million', 'thousand', 'more', 'than']);
/** Lettings, sales and sellers named with "out" or "up" before "on" ("let out a room on X", "put up for sale on X"). */
const LETTING = new Set(['letting', 'let', 'rent', 'renting', 'rented', 'sell', 'selling', 'sold', 'book', 'booked', 'booking', 'order', 'ordered']);

/** Last words of a place's or a venue's name ("posted on Main Street", "streaming on Center Stage"). */
const PLACE_ENDS = new Set(['street', 'avenue', 'road', 'square', 'boulevard', 'lane', 'drive', 'park', 'hill', 'beach', 'island', 'bridge',
  'station', 'airport', 'campus', 'stage', 'field', 'court', 'plaza', 'pier', 'strip', 'wall', 'day', 'night']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** The name at [first, next) is a platform something is done on, or null. */
export function platformCue(tk: Token[], first: number, next: number): string | null {
  if (low(tk, first - 1) !== 'on') return null;
  const words = tk.slice(first, next).map((t) => t.low);
  if (words.some((w) => TIMES.test(w)) || TIMES.test(low(tk, next)) || PLACE_ENDS.has(words[words.length - 1]!)) return null;
  // "posted on Harrowgate.org": an address is judged by its domain, with the website cues
  if (tk[next]?.raw === '.' && tk[next]!.gap === 0 && tk[next + 1]?.gap === 0 && tk[next + 1]!.kind === 'word') return null;
  // a bare two-letter capital ("on TV") is a medium, not a firm's name
  if (next - first === 1 && tk[first]!.raw.length <= 2) return null;
  for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
    const w = low(tk, k);
    if (PLATFORM_ACTS.has(w)) return `something is done on it ('${w} on')`;
    // "let out a room on X", "rented an apartment on X": a letting or a sale through the platform
    if (LETTING.has(w) && k < first - 2) return `something is done on it ('${w} on')`;
    if (!(BETWEEN.has(w) || LETTING.has(w) || w === 'out' || tk[k]?.kind === 'num')) return null;
  }
  return null;
}
