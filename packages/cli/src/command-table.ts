import type { Command } from 'commander';

/** One top-level command: how top-level help shows it, and how its module is loaded when it runs. */
export interface CommandEntry {
  /** Arguments shown after the name in top-level help ("" for commands with subcommands). */
  usage: string;
  /** The command's description, as its module sets it (a test keeps the two equal). */
  summary: string;
  load: () => Promise<Command[]>;
}

/**
 * Every top-level command. A command's module (and what it imports: BullMQ, the web server,
 * cheerio) loads only when that command runs, and `newsfacts --help` prints from this table
 * without loading any of them. A new command is one entry here.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  feeds: { usage: '', summary: 'add, list, pause and remove the feeds newsfacts polls', load: async () => [(await import('./commands/feeds.command.ts')).feedsCommand()] },
  fetches: {
    usage: '[options]',
    summary: 'the fetch log, newest first: every feed, article and robots.txt request with its outcome',
    load: async () => [(await import('./commands/fetches.command.ts')).fetchesCommand()],
  },
  jobs: { usage: '', summary: 'failed jobs (dead letters), quarantined articles and queue depths, searchable by feed, URL and error', load: async () => [(await import('./commands/jobs.command.ts')).jobsCommand()] },
  run: { usage: '[options]', summary: 'scheduler and all workers in one process', load: async () => [(await import('./commands/run.command.ts')).runCommand()] },
  worker: {
    usage: '[options]',
    summary: 'run the workers of some roles: fetch and extract may run on any machine with Redis; store runs beside the database and also schedules polls',
    load: async () => [(await import('./commands/run.command.ts')).workerCommand()],
  },
  articles: { usage: '[options]', summary: 'list stored articles', load: async () => [(await import('./commands/articles.command.ts')).articlesCommand()] },
  facts: {
    usage: '[options]',
    summary: 'list stored facts (default: approved and auto-accepted); streams any number of rows',
    load: async () => [(await import('./commands/facts.command.ts')).factsCommand()],
  },
  series: {
    usage: '[options]',
    summary: 'one value per period (the best-sourced figure) with its sources and conflicts',
    load: async () => [(await import('./commands/series.command.ts')).seriesCommand()],
  },
  entities: {
    usage: '[options]',
    summary: 'companies (and countries) the facts name, with aliases, identifiers and counts; reviewer decisions on them',
    load: async () => [(await import('./commands/entities.command.ts')).entitiesCommand()],
  },
  reextract: {
    usage: '[options]',
    summary: 're-run cleaning and extraction on stored HTML snapshots whose extractor version is not the current one',
    load: async () => [(await import('./commands/reextract.command.ts')).reextractCommand()],
  },
  calibrate: {
    usage: '[options]',
    summary: 'refit confidence calibration from reviewer decisions (shipped fit as prior), print the reliability table, store the fit',
    load: async () => [(await import('./commands/calibrate.command.ts')).calibrateCommand()],
  },
  extract: {
    usage: '[options]',
    summary: 'clean and extract without queue or database: JSON lines {"id","url","html"} or {"id","text","published"} on stdin',
    load: async () => [(await import('./commands/extract.command.ts')).extractCommand()],
  },
  demo: { usage: '[options]', summary: 'run the whole pipeline on the bundled fixture site and show what it found', load: async () => [(await import('./commands/demo.command.ts')).demoCommand()] },
  serve: { usage: '[options]', summary: 'web app and HTTP API: review queue, facts explorer, feeds, queue health', load: async () => [(await import('./commands/serve.command.ts')).serveCommand()] },
  users: {
    usage: '',
    summary: 'API tokens for the web app and scripts (roles: operator, reviewer, researcher, admin)',
    load: async () => [(await import('./commands/users.command.ts')).usersCommand()],
  },
};
