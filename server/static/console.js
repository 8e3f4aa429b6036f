"use strict";
// console.js: the instructor's console. The key comes in the link's
// fragment (#key=…, never sent in requests' URLs by the browser), with
// &session=ID for one session's own console.
const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
const hash = new URLSearchParams(location.hash.slice(1));
const key = hash.get("key") || "";
let current = hash.get("session") || "";
let scenarios = [], upload = "", overview = null;

async function api(method, path, body) {
  const resp = await fetch(path, { method, headers: { "Authorization": "Bearer " + key, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(data.error || resp.statusText);
  return data;
}
function showError(e) { $("error").textContent = e ? e.message || String(e) : ""; }
// fetchFile fetches a download with the key in its header: a key in a
// link's URL would stay in the browser's history and the server's logs.
async function fetchFile(path) {
  const resp = await fetch(path, { headers: { "Authorization": "Bearer " + key } });
  if (!resp.ok) throw new Error((await resp.json().catch(() => ({}))).error || resp.statusText);
  const m = /filename="?([^";]+)"?/.exec(resp.headers.get("content-disposition") || "");
  return { name: m ? m[1] : "download", blob: await resp.blob() };
}
// downloadLink makes a download link: clicking it fetches the file and
// saves it under the server's file name.
function downloadLink(a, path) {
  a.href = "#";
  a.dataset.path = path;
  a.onclick = async (ev) => {
    ev.preventDefault();
    try {
      const f = await fetchFile(path);
      const tmp = el("a");
      tmp.href = URL.createObjectURL(f.blob);
      tmp.download = f.name;
      document.body.append(tmp);
      tmp.click();
      tmp.remove();
      setTimeout(() => URL.revokeObjectURL(tmp.href), 60000);
    } catch (e) { showError(e); }
  };
  return a;
}

// ---- new sessions ----
function seatRows() {
  const s = scenarios.find((x) => x.name === $("s-scenario").value);
  const tb = $("s-seats");
  tb.replaceChildren();
  if (!s) return;
  s.actors.forEach((a, i) => {
    const tr = el("tr");
    tr.dataset.actor = a.id;
    const sel = el("select");
    sel.className = "who";
    for (const [v, t] of [["human", "students"], ["ai", "the AI"]]) { const o = el("option", t); o.value = v; sel.append(o); }
    if (i >= 3) sel.value = "ai";
    const team = el("input"); team.className = "team"; team.placeholder = "Team " + a.name;
    const max = el("input"); max.className = "max w4"; max.type = "number"; max.value = 6; max.min = 1; max.max = 12;
    const cells = [el("td", a.name + " (" + a.id + ")"), el("td"), el("td"), el("td")];
    cells[1].append(sel); cells[2].append(team); cells[3].append(max);
    tr.append(...cells);
    tb.append(tr);
  });
}
function request() {
  const seats = [...$("s-seats").children].map((tr) => ({ actor: tr.dataset.actor, human: tr.querySelector(".who").value === "human",
    team: tr.querySelector(".team").value, max: Number(tr.querySelector(".max").value) || 0 }));
  const req = { name: $("s-name").value, seed: Number($("s-seed").value) || 0, difficulty: $("s-difficulty").value,
    turn_seconds: Math.round(Number($("s-minutes").value) * 60), policy: $("s-policy").value,
    expire_days: Number($("s-days").value) || 0, seats };
  if (upload) req.source = upload; else req.scenario = $("s-scenario").value;
  return req;
}
$("s-file").addEventListener("change", async () => {
  const f = $("s-file").files[0];
  upload = f ? await f.text() : "";
});
$("s-scenario").addEventListener("change", seatRows);
$("create-btn").addEventListener("click", async () => {
  try { showError(); const cr = await api("POST", "/api/sessions", request()); await listSessions(); open(cr.id); } catch (e) { showError(e); }
});
$("roster-btn").addEventListener("click", async () => {
  try {
    showError();
    const req = request();
    req.roster = $("r-names").value; req.sessions = Number($("r-count").value) || 1;
    const out = await api("POST", "/api/roster", req);
    $("r-out").replaceChildren(...out.students.map((s) => {
      const tr = el("tr");
      tr.append(el("td", s.name), el("td", "session " + (s.session + 1) + " (code " + s.code + ")"), el("td", s.actor), el("td", location.origin + "/s/" + s.token));
      return tr;
    }));
    await listSessions();
  } catch (e) { showError(e); }
});
async function listSessions() {
  const list = await api("GET", "/api/sessions");
  $("sessions").replaceChildren(...list.map((s) => {
    const tr = el("tr");
    const b = el("button", "Open"); b.className = "open-session"; b.dataset.id = s.id;
    b.addEventListener("click", () => open(s.id));
    const td = el("td"); td.append(b);
    tr.append(el("td", s.name), el("td", s.code), el("td", new Date(s.created).toLocaleString()), td);
    return tr;
  }));
}

// ---- one session ----
function open(id) {
  current = id;
  $("session").hidden = false;
  $("delete-confirm").hidden = true;
  refresh();
}
// Refreshes run one at a time, and a delete waits for the one in flight:
// a refresh that reached the server after the delete asked for a session
// that was gone (a 404 on the console).
let refreshing = Promise.resolve();
function refresh() {
  refreshing = refreshing.then(refreshNow, refreshNow);
  return refreshing;
}
async function refreshNow() {
  if (!current) return;
  try {
    const d = await api("GET", "/api/sessions/" + current);
    overview = d;
    const o = d.overview;
    $("sess-name").textContent = o.config.name;
    $("sess-code").textContent = d.code;
    $("sess-url").textContent = location.origin + "/?code=" + d.code;
    const qr = "/qr/code-" + d.code + ".svg";
    if ($("sess-qr").getAttribute("src") !== qr) $("sess-qr").src = qr;
    const c = o.clock;
    let clock = "Turn " + c.turn + (c.over ? " (game over)" : "") + ", " + o.turns + " resolved. ";
    if (c.paused) clock += "Paused. ";
    else if (c.deadline) clock += "Deadline " + new Date(c.deadline).toLocaleTimeString() + ". ";
    clock += c.waiting + " team(s) to hand in.";
    $("sess-clock").textContent = clock;
    $("sess-clock").dataset.turn = c.turn;
    $("seats").replaceChildren(...o.seats.map((s) => {
      const tr = el("tr");
      tr.dataset.actor = s.actor;
      const name = el("td"); const b = el("button", s.name); b.className = "seat-detail";
      b.addEventListener("click", () => detail(s.actor)); name.append(b);
      const state = s.handed_in ? "handed in by " + s.handed_in.name : s.human ? (s.draft ? "draft by " + s.draft.name : "waiting") : "AI";
      const linkTd = el("td");
      if (d.tokens[s.actor]) {
        const url = location.origin + "/s/" + d.tokens[s.actor];
        const a = el("a", url, "seat-link"); a.href = url; a.target = "_blank";
        const q = el("a", " QR"); q.href = "/qr/" + d.tokens[s.actor] + ".svg"; q.target = "_blank";
        linkTd.append(a, q);
      }
      const st = el("td", state); st.className = s.handed_in ? "handed" : "";
      tr.append(name, el("td", s.human ? (s.team || "students") : "AI"), el("td", (s.members || []).map((m) => m.name).join(", ")),
        st, el("td", s.true_type), linkTd);
      return tr;
    }));
    const sel = $("inject-event");
    const want = o.events.map((e) => e.id).join();
    if (sel.dataset.ids !== want) {
      sel.replaceChildren(...o.events.map((e) => {
        const who = e.audience && e.audience.length ? " (only " + e.audience.join(", ") + " hear of it)" : "";
        const op = el("option", e.name + ": " + e.headline + who);
        op.value = e.id; op.dataset.headline = e.headline; op.dataset.public = who ? "no" : "yes";
        return op;
      }));
      sel.dataset.ids = want;
    }
    downloadLink($("dl-save"), "/api/sessions/" + current + "/save");
    downloadLink($("dl-report"), "/api/sessions/" + current + "/report");
    downloadLink($("dl-activity"), "/api/sessions/" + current + "/activity.csv");
    $("dl-students").replaceChildren(...o.seats.filter((s) => s.human).map((s) => downloadLink(el("a", s.actor + " "), "/api/sessions/" + current + "/report/" + s.actor)));
    showError();
  } catch (e) { showError(e); }
}
async function detail(actor) {
  try {
    const d = await api("GET", "/api/sessions/" + current + "/seats/" + actor);
    $("detail-actor").textContent = actor + " (true type: " + d.true_type + ")";
    const box = $("detail");
    box.replaceChildren();
    const v = d.view;
    const acts = overview.overview.seats;
    const t = el("table");
    (v.Beliefs || []).forEach((ps, b) => { if (ps) { const tr = el("tr"); tr.append(el("td", "belief about " + acts[b].actor), el("td", ps.map((p) => Math.round(p * 100) + "%").join(" / "))); t.append(tr); } });
    (v.Trust || []).forEach((x, b) => { if (b !== v.Me) { const tr = el("tr"); tr.append(el("td", "trust in " + acts[b].actor), el("td", String(Math.round(x)))); t.append(tr); } });
    box.append(el("p", "Capital " + v.Capital + ", reservation " + Math.round(v.Reservation) + "."), t);
    if (d.explanations && d.explanations.length) {
      box.append(el("h3", "The AI's reasons last turn"));
      const ul = el("ul"); for (const x of d.explanations) ul.append(el("li", x.text)); box.append(ul);
    }
    box.append(el("h3", "What this seat knows"));
    const ul = el("ul", undefined, "log");
    for (const e of (d.log || []).slice(-40).reverse()) ul.append(el("li", "turn " + e.turn + ": " + (e.headline ? e.headline + ". " : "") + (e.text || "")));
    box.append(ul);
  } catch (e) { showError(e); }
}
async function control(action, body) {
  try { showError(); const r = await api("POST", "/api/sessions/" + current + "/" + action, body); await refresh(); return r; } catch (e) { showError(e); }
}
$("pause-btn").addEventListener("click", () => control("pause"));
$("resume-btn").addEventListener("click", () => control("resume"));
$("resolve-btn").addEventListener("click", () => control("resolve"));
$("extend-btn").addEventListener("click", () => control("extend", { minutes: Number($("extend-min").value) }));
$("inject-event-btn").addEventListener("click", () => control("inject", { event: $("inject-event").value }));
$("headline-btn").addEventListener("click", () => control("inject", { headline: $("headline").value, text: $("headline-text").value }));
$("fork-btn").addEventListener("click", async () => {
  const cr = await control("fork", { turn: Number($("fork-turn").value) });
  if (cr) { $("fork-out").textContent = "New session " + cr.name + ", code " + cr.code + "."; if (!$("admin").hidden) listSessions(); }
});
// Deleting asks first, on the page: a session's save cannot come back.
$("delete-btn").addEventListener("click", () => {
  $("delete-name").textContent = overview ? overview.overview.config.name : "this session";
  $("delete-confirm").hidden = false;
});
$("delete-no").addEventListener("click", () => { $("delete-confirm").hidden = true; });
$("delete-yes").addEventListener("click", async () => {
  const id = current;
  current = ""; // no refresh asks for it from now on
  try {
    showError();
    await refreshing;
    await api("POST", "/api/sessions/" + id + "/delete");
  } catch (e) { current = id; showError(e); return; }
  $("delete-confirm").hidden = true;
  $("session").hidden = true;
  try {
    if ($("admin").hidden) $("who").textContent = "the session has been deleted";
    else await listSessions();
  } catch (e) { showError(e); }
});

async function start() {
  if (!key) { showError(new Error("This console link has no key: use the link that `backchannel host` printed.")); return; }
  try {
    scenarios = await api("GET", "/api/scenarios");
    $("admin").hidden = false;
    $("s-scenario").replaceChildren(...scenarios.map((s) => { const o = el("option", s.title); o.value = s.name; return o; }));
    seatRows();
    await listSessions();
    $("who").textContent = "host console";
  } catch (e) {
    if (!current) { showError(e); return; }
    $("who").textContent = "session console";
  }
  if (current) open(current);
  setInterval(refresh, 1500);
}
start();
