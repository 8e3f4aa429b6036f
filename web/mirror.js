// mirror.js gives screen readers the game in words. The canvas is only
// pixels to them, so the game hands the page a description of its screen
// (window.backchannelMirror, see web/contract.go) whenever it changes, and
// this script keeps a visually hidden copy of it beside the canvas:
//
//   #mirror-title    the screen's title, as a heading (and the tab's title)
//   #mirror-focus    the focused control and its tooltip (a polite live region)
//   #mirror-detail   the screen's main text, when it has one
//   #mirror-dialog   an open dialog, as an alert dialog
//   #mirror-news     inbox items and headlines, each added once (a log),
//                    emptied when the seat changes (hot seat keeps secrets)
//
// The canvas becomes a named "application", described by the focus line.
//
// Tab: ebiten takes every key on the canvas, so Tab would go round the
// game's controls for ever. When the game says its focus is on its first
// control (Shift+Tab) or its last (Tab), the key is kept from the game and
// the focus goes to the page's own controls instead.
//
// ebiten adds a second viewport meta tag to the page; the page keeps one.

'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const MAX_NEWS = 40; // items kept in the log; a screen reader has read the older ones
  const announced = new Set();
  let state = { atFirst: false, atLast: false };
  let seat = ''; // whose desk the news in the log comes from

  const gameCanvas = () => document.querySelector('body > canvas');

  function setText(id, text) {
    const el = $(id);
    if (el.textContent !== text) el.textContent = text;
  }

  function nameCanvas(title) {
    const c = gameCanvas();
    if (!c) return;
    c.setAttribute('role', 'application');
    c.setAttribute('aria-roledescription', 'game');
    c.setAttribute('aria-label', title ? `Backchannel: ${title}` : 'Backchannel');
    c.setAttribute('aria-describedby', 'mirror-focus');
  }

  // The game hands over a description in the middle of its frame, which
  // is one task of the page; the page applies it in a task of its own
  // (the last one handed over, if several came meanwhile). Applied at
  // once, naming the canvas and filling the log on entering the board
  // added a fifth of a second to the game's longest frames under load
  // (issue 13: no task over 200 ms).
  let pending = null;
  window.backchannelMirror = (json) => {
    if (pending === null) setTimeout(applyPending, 0);
    pending = json;
  };

  function applyPending() {
    if (pending === null) return; // applied already, by Tab (below)
    const json = pending;
    pending = null;
    let d;
    try { d = JSON.parse(json); } catch (e) { return; }
    state = d;
    window.backchannelMirrored = d; // for tests and debugging
    const title = d.title || '';
    setText('mirror-title', title || 'Backchannel');
    // The tab names the screen, and the game once: the title screen's own
    // title already starts with it.
    document.title = !title || title.startsWith('Backchannel') ? (title || 'Backchannel') : `${title} · Backchannel`;
    nameCanvas(title);
    setText('mirror-focus', [d.focus, d.tip].filter(Boolean).join('. '));
    setText('mirror-detail', d.detail || '');
    $('mirror-detail').hidden = !d.detail;
    const dialog = $('mirror-dialog');
    setText('mirror-dialog-text', d.dialog || '');
    dialog.hidden = !d.dialog;
    const log = $('mirror-news');
    if ((d.seat || '') !== seat) {
      // Another player's desk, or none: the last one's letters go.
      seat = d.seat || '';
      announced.clear();
      log.replaceChildren();
    }
    for (const item of d.news || []) {
      if (announced.has(item)) continue;
      announced.add(item);
      const p = document.createElement('p');
      p.textContent = item;
      log.appendChild(p);
    }
    while (log.childElementCount > MAX_NEWS) log.firstElementChild.remove();
  }

  // ---- Tab at the ends of the game's controls -------------------------------

  // pageControl is where Tab goes when it leaves the game: the page's
  // toolbar, shown while it has the focus.
  function leaveGame() {
    const bar = $('toolbar');
    if (bar.hidden) {
      bar.hidden = false;
      bar.dataset.shownForFocus = '1';
    }
    $('open-file').focus();
  }

  $('toolbar').addEventListener('focusout', (e) => {
    const bar = $('toolbar');
    if (bar.dataset.shownForFocus && !bar.contains(e.relatedTarget)) {
      delete bar.dataset.shownForFocus;
      bar.hidden = true;
    }
  });

  // In the capture phase on window, before ebiten's own listener on the
  // canvas, which would swallow the key.
  // The game's last description decides, applied now if it waits: input
  // goes before timers in the page, and under load its task waited while
  // the game drew two screens, so Tab on a dialog just opened read the
  // screen before it (a one-button screen: its last control) and left the
  // game (web, session 13: 1 of 2 Tabs on pittsburgh-2009's end-turn dialog
  // at load 17-30).
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
    if (!gameCanvas() || document.activeElement !== gameCanvas()) return;
    if (pending !== null) applyPending();
    if (e.shiftKey ? !state.atFirst : !state.atLast) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    leaveGame();
  }, true);

  // ---- one viewport meta tag --------------------------------------------------

  function oneViewport() {
    const metas = document.querySelectorAll('meta[name="viewport"]');
    for (let i = 1; i < metas.length; i++) metas[i].remove();
  }
  new MutationObserver(oneViewport).observe(document.head, { childList: true });
})();
