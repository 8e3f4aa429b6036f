// loader.js starts Backchannel's game.wasm in the page: it checks that the
// browser can run the game, downloads game.wasm with a progress bar, starts it
// with wasm_exec.js (from the same Go toolchain that built game.wasm), gives
// the keyboard focus to the game's canvas, and hands scenario files that the
// player opens or drops to the game.
//
// The JS↔Go contract. The page and the game talk only through these names on
// window; web/contract.go documents the same list on the Go side (package
// backchannel/web). Change both together.
//
//   window.backchannelPendingFiles   Array of {name: string, text: string}
//       The page appends one entry for each file that the player opens with
//       the "Open scenario file" button or drops anywhere on the page. The text
//       is the file decoded as UTF-8; the page refuses (with a message) files
//       over MAX_FILE_BYTES and files that are not UTF-8 text. The game drains
//       the array (web.PendingFiles, once per frame). Files opened while the
//       game is still loading wait in the array.
//
//   window.backchannelPickFile()     set by the page
//       Opens the file picker, as the button does (web.OpenFilePicker).
//
//   window.backchannelFirstFrame(ms) set by the page
//       The game calls it once when it has drawn its first frame
//       (web.NotifyFirstFrame), with performance.now(). The page then hides the
//       loading screen and records ms in window.backchannelFirstFrameAt. If the
//       game never calls it, the page hides the loading screen
//       FIRST_FRAME_FALLBACK_MS after the game's canvas appears.
//
//   window.backchannelWake()         set by the game, optional
//       The page calls it after it has queued files, so that a game that
//       draws frames only on demand (and sleeps while nothing moves) takes
//       them at once rather than at the next mouse move or key press. The
//       game sets it with web.SetWake. Without it the page sends the window a
//       resize event instead, which makes ebiten run a frame.
//
//   location.search                  ?scenario=NAME&as=ACTOR&seed=N&difficulty=D
//       Read by the game (web.QueryParams). The page checks the values first
//       (against game.json's scenarios) and refuses a broken link before
//       the download.
//
//   window.backchannelArgs           for tests and debugging only
//       An array of strings that, when set before the page starts the game
//       (e.g. by a script the test browser runs on every new document),
//       becomes the game's command line after the program name, e.g.
//       ['play', '-trace'] so that the game names each screen on the console.
//
//   window.backchannelMetrics()      set by the game (web.StartBrowser)
//       Returns a few of the Go runtime's runtime/metrics, keyed by name
//       without the unit ("/gc/heap/goal"); backchannelStatus.memory reads it.
//
//   window.backchannelStatus         for tests and debugging only:
//       {phase, error, wasmBytes, wasmTotal, transferTotal, firstFrameAt,
//       firstDrawAt, exitCode, filesQueued, marks, longTasks, longestTask,
//       memory},
//       where phase is "checking", "device" (asking a phone or a small
//       window to try anyway; device says "touch" or "small"), "unsupported",
//       "downloading", "starting", "running", "exited" or "error", and marks holds performance.now() at
//       the end of each step (loader, checked, downloaded, instantiated,
//       canvas, firstDraw, firstFrame), and the game's own (web.Mark):
//       firstScreen, when it drew its first screen after the plain frame
//       that shows while it starts. firstDrawAt is when the game drew its
//       first frame, firstFrameAt when that frame was on the screen (the
//       browser has painted it: two animation frames later). longTasks holds
//       [start, duration] in ms of the page's tasks over 50 ms (the browser's
//       "long tasks"), longestTask the longest of those that started after
//       the download. memory (read on each access) is {wasm: bytes of
//       WebAssembly memory, go: the game's runtime/metrics}.
//
// Drops are caught on window in the capture phase and not passed on, so the
// game sees a dropped file once, through backchannelPendingFiles, and never
// through ebiten.DroppedFiles.
//
// The page's own "Open scenario file" button shows only while the game
// loads: once the game runs, its scenario choice screen has the button (it
// calls backchannelPickFile), and the page's button would cover the game's
// top-right corner.
//
// game.json, written by scripts/build-web.sh beside game.wasm, gives the
// uncompressed size of game.wasm (so the bar is right when the server
// compresses it), the compressed sizes (so the bar counts what goes over the
// network), a version that is added to the URL of game.wasm, so that a static
// host may cache it for long, and the built-in scenarios with their seats, so
// that a shared link is checked before the download. Without game.json the
// page still works, and the game checks the link itself.
//
// When the game ends (Quit), the page shows "Backchannel has ended" with a
// "Start again" button; when a link cannot start a game, it says why in the
// student's words with a "Start without the link" button.

'use strict';

(() => {
  const MAX_FILE_BYTES = 4 * 1024 * 1024; // web.MaxFileBytes
  const FIRST_FRAME_FALLBACK_MS = 4000;
  const DOWNLOAD_SHARE = 0.9; // of the bar; the rest is compiling and starting

  const $ = (id) => document.getElementById(id);
  const loading = $('loading');
  const bar = $('bar');
  const barFill = $('bar-fill');
  const statusText = $('status');
  const fileInput = $('file-input');
  const openButton = $('open-file');
  const dropHint = $('drop-hint');
  const toastBox = $('toast');

  const status = {
    phase: 'checking',
    error: null,
    wasmBytes: 0,
    wasmTotal: 0,
    transferTotal: 0, // bytes over the network, when game.json knows them
    firstFrameAt: null,
    exitCode: null,
    filesQueued: 0, // files handed to the game so far
    // performance.now() when each step ended, for measuring where the time goes.
    marks: {},
    firstDrawAt: null,
    longTasks: [],
    longestTask: 0,
  };
  const mark = (name) => { status.marks[name] = Math.round(performance.now()); };
  window.backchannelStatus = status;
  watchLongTasks();
  let wasmMemory = null; // the game's WebAssembly.Memory, once it runs
  let readyCanvas = null; // the game's canvas, with its context (hasWebGL2)
  Object.defineProperty(status, 'memory', {
    enumerable: true,
    get() {
      const out = { wasm: wasmMemory ? wasmMemory.buffer.byteLength : 0, go: null };
      try {
        if (typeof window.backchannelMetrics === 'function' && status.exitCode === null) out.go = window.backchannelMetrics();
      } catch (e) { /* the game has ended */ }
      return out;
    },
  });
  window.backchannelPendingFiles = window.backchannelPendingFiles || [];
  window.backchannelFirstFrameAt = null;

  // watchLongTasks records the tasks that kept the page from answering for
  // over 50 ms. Those after the download are the game's (starting Go,
  // building screens), and a player feels each one as a freeze.
  function watchLongTasks() {
    if (typeof PerformanceObserver !== 'function' ||
      !(PerformanceObserver.supportedEntryTypes || []).includes('longtask')) return;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (status.longTasks.length < 500) status.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        const after = status.marks.downloaded;
        if (after !== undefined && e.startTime >= after) status.longestTask = Math.max(status.longestTask, Math.round(e.duration));
      }
    }).observe({ type: 'longtask', buffered: true });
  }

  // ---- display ----------------------------------------------------------

  function setProgress(fraction, text) {
    if (fraction === null) {
      bar.classList.add('indeterminate');
      bar.removeAttribute('aria-valuenow');
    } else {
      const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      bar.classList.remove('indeterminate');
      barFill.style.width = pct + '%';
      bar.setAttribute('aria-valuenow', String(pct));
    }
    if (text !== undefined) statusText.textContent = text;
  }

  function megabytes(n) {
    return (n / (1024 * 1024)).toFixed(1) + ' MB';
  }

  // fail shows the error (or end) page. actions lists its buttons:
  // 'restart' reloads the page as it is, 'nolink' opens the game without the
  // shared link's parameters.
  function fail(phase, title, text, help, detail, actions) {
    status.phase = phase;
    status.error = detail ? text + ' ' + detail : text;
    loading.hidden = true;
    $('toolbar').hidden = true;
    $('error-title').textContent = title;
    $('error-text').textContent = text;
    $('error-detail').textContent = detail || '';
    $('error-detail').hidden = !detail;
    $('error-help').textContent = help || '';
    const acts = actions || [];
    $('restart').hidden = !acts.includes('restart');
    $('nolink').hidden = !acts.includes('nolink');
    $('error-actions').hidden = acts.length === 0;
    $('error').hidden = false;
    const first = acts.length > 0 ? $(acts[0]) : null;
    if (first) first.focus();
  }

  $('restart').addEventListener('click', () => location.reload());
  $('nolink').addEventListener('click', () => { location.href = location.pathname; });

  let toastTimer = 0;
  function toast(message, isError) {
    toastBox.textContent = message;
    toastBox.classList.toggle('error', !!isError);
    toastBox.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastBox.hidden = true; }, isError ? 8000 : 3000);
  }

  // ---- focus ------------------------------------------------------------

  const inIframe = (() => {
    try { return window.self !== window.top; } catch (e) { return true; }
  })();

  function gameCanvas() {
    return document.querySelector('body > canvas');
  }

  // focusGame gives the keyboard to the game. In an iframe it only does so
  // when the player acted (force), or the embedding page would jump to it.
  function focusGame(force) {
    const c = gameCanvas();
    if (!c || (inIframe && !force)) return;
    if (document.activeElement !== c) c.focus({ preventScroll: true });
  }

  // ---- checks -----------------------------------------------------------

  function hasWebAssembly() {
    try {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return false;
      // The smallest module: magic number and version.
      const m = new WebAssembly.Module(Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00));
      return m instanceof WebAssembly.Module;
    } catch (e) {
      return false;
    }
  }

  // The game draws with WebGL 2 (ebiten's browser backend needs it).
  // hasWebGL2 checks it by making the game's own canvas and context: the
  // game takes them when it starts (handCanvasToGame), so that making a
  // context (most of a second in a software renderer) is done before the
  // download, while the page waits anyway, and not in the start's task.
  function hasWebGL2() {
    try {
      const canvas = document.createElement('canvas');
      // The attributes ebiten v2.10.4 asks for (internal/graphicsdriver/
      // opengl/graphics_js.go): a canvas keeps the context it made first,
      // whatever a later getContext asks, so they must be the same.
      const gl = canvas.getContext('webgl2', { alpha: true, premultipliedAlpha: true, stencil: true });
      if (!gl) return false;
      readyCanvas = canvas;
      return true;
    } catch (e) {
      return false;
    }
  }

  // handCanvasToGame runs start (which starts Go) with document.createElement
  // giving the game, on its first request for a canvas (ebiten's, in its
  // package's init, which runs within start), the canvas that hasWebGL2
  // made. Every other call is the browser's own.
  function handCanvasToGame(start) {
    const create = document.createElement;
    let canvas = readyCanvas;
    readyCanvas = null;
    document.createElement = function (name, ...rest) {
      if (canvas && String(name).toLowerCase() === 'canvas') {
        const c = canvas;
        canvas = null;
        return c;
      }
      return create.call(this, name, ...rest);
    };
    try {
      return start();
    } finally {
      document.createElement = create;
    }
  }

  // extraArgs returns window.backchannelArgs when it is an array of strings.
  function extraArgs() {
    const a = window.backchannelArgs;
    if (!Array.isArray(a) || !a.every((x) => typeof x === 'string')) return [];
    return a.slice();
  }

  // ---- small screens and touch ----------------------------------------------

  // The board is laid out for a window of at least MIN_W × MIN_H CSS pixels
  // and read with a mouse or a trackpad.
  const MIN_W = 800, MIN_H = 500;

  // deviceProblem says why this device will not play well, or ''.
  function deviceProblem() {
    const touchOnly = window.matchMedia && matchMedia('(pointer: coarse)').matches &&
      !matchMedia('(any-pointer: fine)').matches;
    if (touchOnly) return 'touch';
    if (window.innerWidth < MIN_W || window.innerHeight < MIN_H) return 'small';
    return '';
  }

  // askAboutDevice shows, before the download, why a phone or a small window
  // will not do, and resolves when the player chooses to try anyway.
  function askAboutDevice(problem) {
    status.phase = 'device';
    status.device = problem;
    loading.hidden = true;
    $('toolbar').hidden = true;
    $('device-text').textContent = problem === 'touch'
      ? 'Backchannel is played with a mouse or a trackpad and a keyboard, on a screen at least as big as a small laptop\'s. On a phone or a tablet its text is too small to read and taps do not reach every control.'
      : `This window is ${window.innerWidth} × ${window.innerHeight} pixels; the board needs at least ${MIN_W} × ${MIN_H} to show its text.`;
    $('device-help').textContent = problem === 'touch'
      ? 'Open this page on a laptop or a desktop computer. Nothing has been downloaded yet.'
      : 'Make the window larger (or zoom out with Ctrl and minus), then choose Try anyway. Nothing has been downloaded yet.';
    $('device').hidden = false;
    $('try-anyway').focus();
    return new Promise((resolve) => {
      $('try-anyway').addEventListener('click', () => {
        $('device').hidden = true;
        loading.hidden = false;
        status.phase = 'checking';
        resolve();
      }, { once: true });
    });
  }

  // ---- shared links ---------------------------------------------------------

  const LINK_PARAMS = ['scenario', 'as', 'seed', 'difficulty'];
  const DIFFICULTIES = ['easy', 'normal', 'hard'];
  const MAX_SEED = 18446744073709551615n; // the game's seeds are 64-bit

  function linkParams() {
    const q = new URLSearchParams(location.search);
    const out = {};
    for (const k of LINK_PARAMS) if (q.has(k)) out[k] = q.get(k);
    return out;
  }

  const hasLink = () => Object.keys(linkParams()).length > 0;

  // checkLink says, in a sentence for the player, what is wrong with the
  // page's link, or returns '' when it can start a game. scenarios is the
  // list game.json carries (id, title, actors); without it only the forms of
  // the values are checked and the game checks the rest.
  function checkLink(scenarios) {
    const p = linkParams();
    if (p.seed !== undefined && !(/^[0-9]{1,20}$/.test(p.seed) && BigInt(p.seed) <= MAX_SEED)) {
      return `The link's seed must be a whole number, such as 42; it says "${p.seed}".`;
    }
    if (p.difficulty !== undefined && !DIFFICULTIES.includes(p.difficulty.toLowerCase())) {
      return `The link's difficulty must be easy, normal or hard; it says "${p.difficulty}".`;
    }
    if (!Array.isArray(scenarios)) return '';
    let scen = null;
    if (p.scenario !== undefined && p.scenario !== '') {
      scen = scenarios.find((s) => s.id.toLowerCase() === p.scenario.toLowerCase());
      if (!scen) {
        const names = scenarios.map((s) => `${s.id} (${s.title})`).join('; ');
        return `The link names the scenario "${p.scenario}", which this game does not have. Its scenarios are: ${names}.`;
      }
    }
    if (p.as !== undefined && p.as !== '' && scen) {
      const seat = scen.actors.find((a) => a.id.toLowerCase() === p.as.toLowerCase());
      if (!seat) {
        const seats = scen.actors.map((a) => `${a.id} (${a.name})`).join(', ');
        return `The link's seat "${p.as}" is not in ${scen.title}. Its seats are: ${seats}.`;
      }
    }
    return '';
  }

  // gameWords turns the game's own error line into a sentence for the page:
  // no program name, no internal package prefixes.
  function gameWords(line) {
    let s = (line || '').trim();
    for (;;) {
      const m = /^(backchannel|flow|ai|game|scenario|save|session|play|ui):\s*/.exec(s);
      if (!m) break;
      s = s.slice(m[0].length);
    }
    return s;
  }

  // ---- download and start -------------------------------------------------

  async function fetchManifest() {
    try {
      const r = await fetch('game.json', { cache: 'no-cache' });
      if (!r.ok) return null;
      return await r.json();
    } catch (e) {
      return null;
    }
  }

  // download fetches game.wasm and returns a Response whose body reports
  // progress as the compiler reads it, so that compiling overlaps the download.
  // transferSize is what goes over the network: the compressed file when the
  // server sends one, as game.json records its size.
  function transferSize(resp, manifest, total) {
    const enc = (resp.headers.get('Content-Encoding') || 'identity').toLowerCase();
    const m = manifest || {};
    if (enc === 'br' && Number(m.brotliSize) > 0) return Number(m.brotliSize);
    if (enc === 'gzip' && Number(m.gzipSize) > 0) return Number(m.gzipSize);
    if (enc === 'identity') return total;
    return 0;
  }

  async function download(url, expectedSize, manifest) {
    status.phase = 'downloading';
    setProgress(0, 'Downloading the game…');
    let resp;
    try {
      resp = await fetch(url);
    } catch (e) {
      throw new LoadError('The game could not be downloaded: ' + e.message,
        'Check your network connection and reload the page.');
    }
    if (!resp.ok) {
      throw new LoadError(`The server answered ${resp.status} ${resp.statusText} for ${url}.`,
        'The site may be incomplete; whoever hosts it should rebuild it with scripts/build-web.sh.');
    }
    // With Content-Encoding, Content-Length counts compressed bytes but the
    // stream yields decompressed ones, so it is no use as the total.
    const encoded = (resp.headers.get('Content-Encoding') || 'identity') !== 'identity';
    const length = Number(resp.headers.get('Content-Length')) || 0;
    const total = expectedSize > 0 ? expectedSize : (encoded ? 0 : length);
    status.wasmTotal = total;
    const wire = total > 0 ? transferSize(resp, manifest, total) : 0;
    status.transferTotal = wire;
    if (!resp.body || typeof resp.body.getReader !== 'function') {
      setProgress(null, 'Downloading the game…');
      return resp;
    }
    const reader = resp.body.getReader();
    let loaded = 0;
    const stream = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          mark('downloaded');
          setProgress(DOWNLOAD_SHARE, 'Starting the game…');
          controller.close();
          return;
        }
        loaded += value.byteLength;
        status.wasmBytes = loaded;
        if (total > 0) {
          const f = Math.min(1, loaded / total);
          setProgress(DOWNLOAD_SHARE * f, wire > 0
            ? `Downloading the game… ${megabytes(f * wire)} of ${megabytes(wire)}`
            : `Downloading the game… ${Math.round(f * 100)}%`);
        } else {
          setProgress(null, `Downloading the game… ${megabytes(loaded)}`);
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
  }

  class LoadError extends Error {
    constructor(message, help) {
      super(message);
      this.help = help;
    }
  }

  async function instantiate(resp, importObject) {
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      return WebAssembly.instantiateStreaming(resp, importObject);
    }
    return WebAssembly.instantiate(await resp.arrayBuffer(), importObject);
  }

  function watchForCanvas() {
    const found = (c) => {
      mark('canvas');
      // The canvas comes in Go's start, within its task; focusing makes the
      // browser lay the page out (a tenth of a second in a busy one), so it
      // is a task of its own.
      setTimeout(() => focusGame(false), 0);
      setTimeout(() => { if (status.phase === 'starting') reveal(); }, FIRST_FRAME_FALLBACK_MS);
    };
    const c = gameCanvas();
    if (c) { found(c); return; }
    const mo = new MutationObserver(() => {
      const c = gameCanvas();
      if (c) { mo.disconnect(); found(c); }
    });
    mo.observe(document.body, { childList: true });
  }

  function reveal() {
    if (status.phase !== 'starting') return;
    status.phase = 'running';
    setProgress(1, 'Ready');
    loading.classList.add('fading');
    setTimeout(() => { loading.hidden = true; }, 350);
    $('toolbar').hidden = true;
    focusGame(false);
  }

  // The game calls this from its first Draw, before the browser has painted
  // anything: the frame reaches the screen when the animation frame that
  // drew it has ended, and the game may still be busy in it. The second
  // animation frame from now starts after that paint.
  window.backchannelFirstFrame = (ms) => {
    if (status.firstDrawAt !== null) return;
    status.firstDrawAt = typeof ms === 'number' ? ms : performance.now();
    mark('firstDraw');
    requestAnimationFrame(() => requestAnimationFrame(() => {
      status.firstFrameAt = performance.now();
      mark('firstFrame');
      window.backchannelFirstFrameAt = status.firstFrameAt;
      reveal();
    }));
  };

  // ---- the game's output ---------------------------------------------------

  // wasm_exec.js prints what the game writes to stdout and stderr on the
  // console. keepErrors also keeps the last lines of stderr, so that when
  // the game stops with an error (a link that names an unknown scenario, a
  // crash) the page can say what the game said.
  const errorLines = [];
  function keepErrors() {
    const fsys = globalThis.fs;
    if (!fsys || typeof fsys.writeSync !== 'function') return;
    const write = fsys.writeSync.bind(fsys);
    const decoder = new TextDecoder('utf-8');
    let partial = '';
    fsys.writeSync = (fd, buf) => {
      if (fd === 2) {
        try {
          partial += decoder.decode(buf, { stream: true });
          const lines = partial.split('\n');
          partial = lines.pop();
          for (const l of lines) if (l.trim() !== '') errorLines.push(l);
          errorLines.splice(0, Math.max(0, errorLines.length - 40));
        } catch (e) { /* keeping the lines must never break the output */ }
      }
      return write(fd, buf);
    };
  }

  // whatTheGameSaid picks the game's own error message from its last lines
  // on stderr: its "backchannel: …" line, or the start of a Go panic.
  function whatTheGameSaid() {
    for (let i = errorLines.length - 1; i >= 0; i--) {
      if (errorLines[i].startsWith('backchannel:')) return errorLines[i];
    }
    const p = errorLines.findIndex((l) => l.startsWith('panic:') || l.startsWith('fatal error:'));
    if (p >= 0) return errorLines[p];
    return errorLines.length > 0 ? errorLines[errorLines.length - 1] : '';
  }

  function onExit(code) {
    if (status.phase === 'error') return;
    if (code) {
      const said = gameWords(whatTheGameSaid());
      if (hasLink()) {
        fail('exited', 'This link cannot start a game',
          said || 'The game could not set up the game this link describes.',
          'Ask for a corrected link, or start the game without it and choose the scenario yourself.',
          '', ['nolink', 'restart']);
      } else {
        fail('exited', 'Backchannel stopped', 'Something went wrong and the game stopped.',
          'Start again; your saved games are kept. If it happens again, please tell whoever runs the site what you did just before.',
          said, ['restart']);
      }
    } else {
      fail('exited', 'Backchannel has ended', 'Thank you for playing. Your saved games are kept in this browser.',
        '', '', ['restart']);
    }
  }

  async function start() {
    mark('loader');
    // game.json is tiny: fetch it while the checks run (the WebGL check can
    // take a second while the browser starts its GPU process).
    const manifestPromise = fetchManifest();
    if (!hasWebAssembly()) {
      fail('unsupported', 'Backchannel cannot run in this browser',
        'This browser does not support WebAssembly, which the game needs.',
        'Use a recent version of Firefox, Chrome, Edge or Safari. If WebAssembly is turned off by a policy or a security setting, turn it on for this site.');
      return;
    }
    if (!hasWebGL2()) {
      fail('unsupported', 'Backchannel cannot run in this browser',
        'WebGL 2 is not available, and the game draws with it.',
        'Turn on hardware acceleration (graphics acceleration) in the browser settings and restart the browser, or try another browser or computer. Some graphics drivers are blocked by the browser; updating the driver can help.');
      return;
    }
    mark('webgl');
    const device = deviceProblem();
    if (device) await askAboutDevice(device);
    if (typeof Go !== 'function') {
      fail('error', 'Backchannel cannot start', 'wasm_exec.js did not load.',
        'The site is incomplete; whoever hosts it should rebuild it with scripts/build-web.sh.');
      return;
    }

    try {
      const manifest = await manifestPromise;
      const linkProblem = checkLink(manifest && manifest.scenarios);
      if (linkProblem) {
        fail('error', 'This link cannot start a game', linkProblem,
          'Ask for a corrected link, or start the game without it and choose the scenario yourself.',
          '', ['nolink']);
        return;
      }
      const version = manifest && manifest.version ? '?v=' + encodeURIComponent(manifest.version) : '';
      const wasmName = (manifest && manifest.wasm) || 'game.wasm';
      const size = (manifest && Number(manifest.size)) || 0;

      keepErrors();
      const go = new Go();
      go.argv = ['backchannel'].concat(extraArgs());
      const goExit = go.exit.bind(go);
      go.exit = (code) => {
        status.exitCode = code;
        goExit(code);
      };
      // After the game has ended, the event handlers it installed (ebiten's,
      // on the window and the canvas) still fire, and wasm_exec.js throws
      // "Go program has already exited" for each. Drop those events. The
      // timers the game left behind must go too: wasm_exec.js's timeout
      // handler calls _resume in a loop until its timer is gone, and relied on
      // the throw to leave it, so a quiet return would spin the tab forever.
      const resume = go._resume;
      if (typeof resume === 'function') {
        go._resume = function () {
          if (this.exited) {
            const timers = this._scheduledTimeouts;
            if (timers instanceof Map) {
              for (const t of timers.values()) clearTimeout(t);
              timers.clear();
            }
            return;
          }
          return resume.call(this);
        };
      }

      mark('checked');
      const resp = await download(wasmName + version, size, manifest);
      let result;
      try {
        result = await instantiate(resp, go.importObject);
      } catch (e) {
        if (e instanceof LoadError) throw e;
        throw new LoadError('The game could not be started: ' + e.message,
          'Reload the page. If it happens again, the download may be damaged or the browser too old.');
      }
      mark('instantiated');
      wasmMemory = result.instance.exports.mem || null;
      status.phase = 'starting';
      setProgress(DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) / 2, 'Starting the game…');
      watchForCanvas();
      handCanvasToGame(() => go.run(result.instance)).then(
        () => onExit(status.exitCode),
        (e) => {
          console.error('backchannel: the game crashed:', e);
          fail('error', 'Backchannel stopped', 'Something went wrong and the game stopped.',
            'Start again; your saved games are kept. If it happens again, please tell whoever runs the site what you did just before.',
            gameWords(whatTheGameSaid()) || e.message, ['restart']);
        });
    } catch (e) {
      console.error('backchannel: loading failed:', e);
      fail('error', 'Backchannel cannot start', e.message, e.help || 'Reload the page to try again.');
    }
  }

  // ---- files ----------------------------------------------------------------

  // wakeGame makes the game run a frame, so that it takes queued files now.
  function wakeGame() {
    if (status.phase !== 'running' && status.phase !== 'starting') return;
    try {
      if (typeof window.backchannelWake === 'function') {
        window.backchannelWake();
        return;
      }
      // ebiten runs a frame on a resize of the window, whatever its FPS mode.
      window.dispatchEvent(new Event('resize'));
    } catch (e) {
      console.warn('backchannel: waking the game:', e);
    }
  }

  async function openFiles(files) {
    if (status.phase === 'error' || status.phase === 'exited' || status.phase === 'unsupported') {
      toast('The game is not running, so it cannot open the file. Reload the page.', true);
      return;
    }
    for (const f of Array.from(files)) {
      if (f.size > MAX_FILE_BYTES) {
        toast(`${f.name} is too large (${megabytes(f.size)}); a scenario file is at most ${megabytes(MAX_FILE_BYTES)}.`, true);
        continue;
      }
      let text;
      try {
        const bytes = await f.arrayBuffer();
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (e) {
        toast(e instanceof TypeError
          ? `${f.name} is not a text file. Scenarios are .toml text files.`
          : `${f.name} could not be read: ${e.message}`, true);
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte order mark
      window.backchannelPendingFiles.push({ name: f.name, text });
      status.filesQueued++;
      toast(`Opening ${f.name}…`);
    }
    focusGame(true);
    wakeGame();
  }

  window.backchannelPickFile = () => fileInput.click();

  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const files = Array.from(fileInput.files || []);
    fileInput.value = ''; // so that choosing the same file again fires change
    if (files.length > 0) openFiles(files);
    else focusGame(true);
  });
  fileInput.addEventListener('cancel', () => focusGame(true));

  const carriesFiles = (e) => !!e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  let dragDepth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    dragDepth++;
    dropHint.hidden = false;
  }, true);
  window.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, true);
  window.addEventListener('dragleave', (e) => {
    if (!carriesFiles(e)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropHint.hidden = true;
  }, true);
  window.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.stopPropagation(); // the game gets the file from backchannelPendingFiles only
    dragDepth = 0;
    dropHint.hidden = true;
    openFiles(e.dataTransfer.files);
  }, true);

  start();
})();
