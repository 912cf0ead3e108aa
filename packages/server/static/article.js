// The article view: j / k (or n / p) move focus to the next / previous highlighted fact.
'use strict';
(function () {
  const marks = () => [...document.querySelectorAll('#body mark.fact[tabindex]')];
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName)) return;
    const step = ev.key === 'j' || ev.key === 'n' ? 1 : ev.key === 'k' || ev.key === 'p' ? -1 : 0;
    if (!step) return;
    const all = marks();
    if (!all.length) return;
    const at = all.indexOf(document.activeElement);
    const next = all[at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(Math.max(at + step, 0), all.length - 1)];
    next.focus();
    ev.preventDefault();
  });
  // Arriving from a fact link (#fact-N): focus it, so its value shows and Tab continues from there.
  const target = location.hash.startsWith('#fact-') ? document.getElementById(location.hash.slice(1)) : null;
  if (target) target.focus();
})();
