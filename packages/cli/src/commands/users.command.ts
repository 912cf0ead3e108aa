import { Role } from '@newsfacts/core';
import { DuplicateUserError, asServerDb, createUser, listUsers, removeUser } from '@newsfacts/server';
import { openDb } from '@newsfacts/store';
import { Command, Option } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { UserError, config, formatOption, resolveFormat } from './shared.ts';

export function usersCommand(): Command {
  const users = new Command('users').description('API tokens for the web app and scripts (roles: operator, reviewer, researcher, admin)');
  users
    .command('add')
    .description('create a user; prints its token on the last line (shown once, only its hash is stored)')
    .argument('<name>', 'user name, shown in review history')
    .addOption(new Option('--role <role>', 'what the token may do').choices(Role.options).makeOptionMandatory())
    .action(async (name: string, opts: { role: Role }) => {
      const store = await openDb(config().dbPath);
      try {
        const { user, token } = await createUser(asServerDb(store.db), name, opts.role);
        process.stdout.write(`created ${user.role} ${user.name} (id ${user.id}); keep this token, it is not shown again:\n${token}\n`);
      } catch (error) {
        if (error instanceof DuplicateUserError) throw new UserError(error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
  users
    .command('list')
    .description('list users and roles (never tokens)')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        await writeRecords(await listUsers(asServerDb(store.db)), resolveFormat(opts.format), ['id', 'name', 'role', 'created_at'], process.stdout);
      } finally {
        await store.close();
      }
    });
  users
    .command('remove')
    .description('remove a user; its token and sessions stop working at once')
    .argument('<name>')
    .action(async (name: string) => {
      const store = await openDb(config().dbPath);
      try {
        if (!(await removeUser(asServerDb(store.db), name))) throw new UserError(`no user named ${name}`);
        process.stdout.write(`removed ${name}\n`);
      } finally {
        await store.close();
      }
    });
  return users;
}
