import { addFeed, listArticles, queryGroups } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magazineTemplate, type OriginSite, regionalTemplate, type SitePage, startOriginSite, wireTemplate } from './origins-sites.ts';
import { pollRound } from './feeds-loopback.ts';
import { runCli } from './run-cli.ts';
import { startTestPipeline } from './test-pipeline.ts';

// One wire story as its agency wrote it, carried by two more sites in their own templates with
// their own changes, and one outlet's own report of the same figure. All text written for this test.
const WIRE = [
  "PORT SALLOW (Meridian Wire) – China's exports of tungsten fell to 1,240 tonnes in March, down 18.4% from a year earlier, customs data showed on Tuesday.",
  'The decline followed new licensing rules that require exporters to name the end user of every cargo, a process traders describe as slow and unpredictable.',
  'Buyers in Japan took the largest share of the shipments, although their purchases also shrank for a third consecutive month.',
  '"We expect volumes to recover once the approval process settles down," a spokesperson for the commerce ministry told reporters at a regular briefing.',
  'Traders in the port said spot offers for the concentrate had climbed steadily over the month as consumers scrambled for stock.',
  'Analysts said manufacturers of cutting tools and drill bits were drawing down inventories they had built up last year.',
  'Several processors outside the country have announced plans to expand capacity, but none will produce meaningful volumes before next year.',
  '(Reporting by Ana Velo; Editing by Teo Balint)',
];

const pages: { host: number; site: string; template: typeof wireTemplate; page: SitePage }[] = [
  { host: 1, site: 'Meridian Wire', template: wireTemplate, page: { slug: 'tungsten-exports-fall', title: 'China tungsten exports fall as licence rules bite', published: '2025-04-15T06:00:00Z', paragraphs: WIRE } },
  {
    host: 2,
    site: 'Argus',
    template: magazineTemplate,
    page: {
      slug: 'why-tool-makers-are-short-of-tungsten',
      title: 'Why tool makers are short of tungsten',
      published: '2025-04-15T09:00:00Z',
      // An editor's preface on top, the last paragraphs dropped.
      paragraphs: ["Editor's note: we carry this dispatch under a content-sharing agreement because tool makers in our region depend on the metal.", ...WIRE.slice(0, 5)],
    },
  },
  {
    host: 3,
    site: 'The Harbour Times',
    template: regionalTemplate,
    page: {
      slug: 'tungsten-shipments-slide',
      title: 'Tungsten shipments slide',
      published: '2025-04-15T10:30:00Z',
      // The agency's name cut from the dateline, paragraphs merged, "%" spelled out, the sign-off gone.
      paragraphs: [
        WIRE[0]!.replace(' (Meridian Wire)', '').replace('18.4%', '18.4 percent'),
        `${WIRE[1]} ${WIRE[2]}`,
        `${WIRE[3]} ${WIRE[4]}`,
        WIRE[5]!,
        WIRE[6]!,
      ],
    },
  },
  {
    host: 4,
    site: 'Coastline Post',
    template: regionalTemplate,
    page: {
      slug: 'coast-tool-makers-ration-tungsten',
      title: 'Coast tool makers ration tungsten',
      published: '2025-04-15T12:00:00Z',
      paragraphs: [
        "Customs figures released on Tuesday showed that China's tungsten exports dropped to 1,240 tonnes in March as licences stayed scarce.",
        'Tool makers along the coast say they have started rationing the powder they use for hard-metal inserts.',
        'One plant manager in the harbour district said his firm had enough material for about six weeks of production.',
        'Local importers have turned to recycled scrap, which now makes up nearly a third of what they process.',
        'The regional chamber of commerce plans to ask the government for help in securing long-term contracts.',
      ],
    },
  },
];

describe('origins end to end (real Redis, real SQLite, four loopback sites)', () => {
  let sites: OriginSite[] = [];
  let env: Awaited<ReturnType<typeof startTestPipeline>>;

  beforeAll(async () => {
    sites = await Promise.all(pages.map((p) => startOriginSite(p.host, p.site, p.template, p.page)));
    env = await startTestPipeline();
    // The agency's feed is polled first, then the others: copies arrive after the story they copy.
    for (const site of sites) {
      await addFeed(env.pipeline.store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
      await pollRound(env, `round-${site.base}`, 60_000);
    }
  }, 180_000);

  afterAll(async () => {
    await env?.dispose();
    await Promise.all(sites.map((s) => s.close()));
  });

  it('gives the three copies one origin, credited to the agency, and the independent report its own', async () => {
    const articles = await listArticles(env.pipeline.store!.db);
    expect(articles).toHaveLength(4);
    const byHost = new Map(articles.map((a) => [new URL(a.url).hostname, a]));
    const at = (n: number) => {
      const a = byHost.get(`127.0.0.${n}`);
      if (!a) throw new Error(`no article stored from 127.0.0.${n}`);
      return a;
    };
    const [wire, argus, harbour, coastline] = [at(1), at(2), at(3), at(4)];
    expect(wire.origin_id).not.toBeNull();
    expect(argus.origin_id).toBe(wire.origin_id);
    expect(harbour.origin_id).toBe(wire.origin_id);
    expect(coastline.origin_id).not.toBe(wire.origin_id);
    expect([wire, argus, harbour].map((a) => a.origin_outlet)).toEqual(['Meridian Wire', 'Meridian Wire', 'Meridian Wire']);
    expect(coastline.origin_outlet).toBe('Coastline Post');
  });

  it('counts four sources but two origins for the figure, and one origin for the figure only the copies carry', async () => {
    const { rows } = await queryGroups(env.pipeline.store!.db, { status: 'all', type: 'tonnage' });
    const tonnes = rows.find((g) => g.value === 1240)!;
    expect(tonnes).toMatchObject({ source_count: 4, origin_count: 2, corroborated: true, corroboration: '4 outlets · 2 origins (Meridian Wire, Coastline Post)' });
    expect(new Set(tonnes.sources.map((s) => s.origin_id)).size).toBe(2);
    const pct = (await queryGroups(env.pipeline.store!.db, { status: 'all', type: 'percentage' })).rows.find((g) => g.value === 18.4)!;
    expect(pct).toMatchObject({ source_count: 3, origin_count: 1, corroborated: false });
  });

  it('prints origin_id and origin_outlet per article and origin_count per figure from the CLI', async () => {
    const cliEnv = { NEWSFACTS_DB: env.config.dbPath };
    const articles = await runCli(['articles', '--format', 'ndjson'], { env: cliEnv });
    expect(articles.code).toBe(0);
    const rows = articles.stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; origin_id: number; origin_outlet: string });
    expect(new Set(rows.map((r) => r.origin_id)).size).toBe(2);
    expect(rows.filter((r) => r.origin_outlet === 'Meridian Wire')).toHaveLength(3);
    const groups = await runCli(['facts', '--group', '--format', 'json', '--status', 'all', '--type', 'tonnage'], { env: cliEnv });
    expect(groups.code).toBe(0);
    const parsed = JSON.parse(groups.stdout) as { value: number; source_count: number; origin_count: number; sources: { origin_id: number }[] }[];
    const figure = parsed.find((g) => g.value === 1240)!;
    expect(figure.source_count).toBe(4);
    expect(figure.origin_count).toBe(2);
    for (const s of figure.sources) expect(typeof s.origin_id).toBe('number');
  }, 60_000);
});
