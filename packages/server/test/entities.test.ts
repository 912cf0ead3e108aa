import { listEntities, renameEntity } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRenamedCompany } from './helpers/entities-seed.ts';
import { signIn, startTestServer, type TestServer } from './helpers/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ seed: seedRenamedCompany });
});
afterAll(() => t?.close());

const ids = async () => {
  const rows = await listEntities(t.store.db);
  return { rareEarths: rows.find((e) => e.name === 'Arafura Rare Earths')!.id, resources: rows.find((e) => e.name === 'Arafura Resources')!.id };
};

describe('entity pages', () => {
  it('researchers and reviewers see the list and the entity page; operators do not', async () => {
    const list = await t.req('/entities', { token: t.tokens.researcher });
    expect(list.status).toBe(200);
    const body = await list.text();
    expect(body).toContain('Arafura Rare Earths');
    expect(body).toContain('Arafura Resources');
    const { rareEarths } = await ids();
    const page = await (await t.req(`/entities/${rareEarths}`, { token: t.tokens.reviewer })).text();
    expect(page).toContain('id="entity-chart"');
    expect(page).toContain('data-period="2025"');
    expect(page).toContain('Arafura Rare Earths Ltd expects 500 tonnes in 2025.');
    expect((await t.req('/entities', { token: t.tokens.operator })).status).toBe(403);
    expect((await t.req(`/entities/999999`, { token: t.tokens.researcher })).status).toBe(404);
  });

  it('only reviewers decide, and a session needs its CSRF token', async () => {
    const { rareEarths } = await ids();
    const form = new URLSearchParams({ name: 'Arafura' }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await t.req(`/entities/${rareEarths}/rename`, { method: 'POST', token: t.tokens.researcher, headers, body: form })).status).toBe(403);
    const session = await signIn(t, t.tokens.reviewer);
    const noToken = await t.req(`/entities/${rareEarths}/rename`, { method: 'POST', headers: { ...headers, cookie: session.cookie, origin: t.url }, body: form });
    expect(noToken.status).toBe(403);
    expect((await listEntities(t.store.db)).some((e) => e.name === 'Arafura')).toBe(false);
    const ok = await t.req(`/entities/${rareEarths}/rename`, {
      method: 'POST',
      headers: { ...headers, cookie: session.cookie, origin: t.url },
      body: new URLSearchParams({ name: 'Arafura', _csrf: session.csrf }).toString(),
    });
    expect(ok.status).toBe(303);
    expect((await listEntities(t.store.db)).find((e) => e.id === rareEarths)?.name).toBe('Arafura');
    await renameEntity(t.store.db, { entityId: rareEarths, name: 'Arafura Rare Earths', reviewer: 'test' });
  });

  it('escapes names and aliases', async () => {
    const { resources } = await ids();
    await renameEntity(t.store.db, { entityId: resources, name: '<img src=x onerror=alert(1)> Resources', reviewer: 'test' });
    const page = await (await t.req(`/entities/${resources}`, { token: t.tokens.researcher })).text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; Resources');
    const list = await (await t.req('/entities', { token: t.tokens.researcher })).text();
    expect(list).not.toContain('<img src=x');
    await renameEntity(t.store.db, { entityId: resources, name: 'Arafura Resources', reviewer: 'test' });
  });
});
