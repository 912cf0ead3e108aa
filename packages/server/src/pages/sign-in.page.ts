import { html } from './html.ts';
import { type Html, layout } from './layout.ts';

export function signInPage(next: string, error: string | null): Html {
  return layout({
    title: 'Sign in',
    user: null,
    csrfToken: null,
    body: html`<section class="card narrow">
  <h1>Sign in</h1>
  <p>Paste the token printed by <code>newsfacts users add NAME --role ROLE</code>.</p>
  ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
  <form method="post" action="/sign-in">
    <input type="hidden" name="next" value="${next}">
    <label>Token <input type="password" name="token" id="token" autocomplete="off" required autofocus></label>
    <button type="submit">Sign in</button>
  </form>
</section>`,
  });
}
