"use strict";
// seat.js: a student's seat. It keeps a WebSocket to the class server,
// shows the seat's view as the server sends it, and sends drafts and
// hand-ins. A reload or a dropped connection comes back to the same seat:
// the student's id is kept in this browser's localStorage.
const $ = (id) => document.getElementById(id);
const token = location.pathname.split("/").pop();
const memberKey = "backchannel-member-" + token;

function newMember() {
  const b = new Uint8Array(18);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}
let member = localStorage.getItem(memberKey);
if (!member) { member = newMember(); localStorage.setItem(memberKey, member); }

let ws = null, nextID = 0, view = null, you = null, fatal = false, wait = 100;
const pending = new Map();
let typed = false; // the student has edited the orders since the last view

function connect() {
  const proto = location.protocol === "https:" ? "wss:" : "ws:";
  ws = new WebSocket(proto + "//" + location.host + "/ws?token=" + encodeURIComponent(token) + "&member=" + member);
  $("conn").textContent = "connecting…";
  ws.onopen = () => { $("conn").textContent = "connected"; wait = 100; };
  ws.onmessage = (m) => onMessage(JSON.parse(m.data));
  ws.onclose = () => {
    for (const [, p] of pending) p.reject(new Error("the connection dropped: try again"));
    pending.clear();
    if (fatal) return;
    $("conn").textContent = "reconnecting…";
    setTimeout(connect, wait);
    wait = Math.min(wait * 2, 3000);
  };
}

function request(msg) {
  return new Promise((resolve, reject) => {
    if (!ws || ws.readyState !== WebSocket.OPEN) { reject(new Error("not connected: wait a moment")); return; }
    msg.id = ++nextID;
    pending.set(msg.id, { resolve, reject });
    ws.send(JSON.stringify(msg));
  });
}

function onMessage(m) {
  if (m.type === "view") {
    // log_from: only the newer entries came; the rest are the last view's.
    if (m.view.log_from) m.view.log = view.log.slice(0, m.view.log_from).concat(m.view.log || []);
    // The game's view comes only when the game changed; the scenario in
    // the connection's first view only.
    if (!m.view.view) m.view.view = view.view;
    else if (!m.view.view.Scenario) m.view.view.Scenario = view.view.Scenario;
    view = m.view; you = m.you; render(); return;
  }
  if (m.fatal) { fatal = true; $("fatal").textContent = m.error; $("game").hidden = true; $("join-box").hidden = true; return; }
  const p = pending.get(m.id);
  if (!p) return;
  pending.delete(m.id);
  if (m.type === "error") p.reject(new Error(m.error)); else p.resolve(m);
}

function status(text, ok) {
  $("status").textContent = text;
  $("status").className = ok ? "ok" : "error";
}

const actorName = (id) => { const a = view.view.Scenario.Actors.find((x) => x.ID === id); return a ? a.Name : id; };
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
const row = (...cells) => { const tr = el("tr"); for (const c of cells) tr.append(el("td", c)); return tr; };

function terms(ts) {
  return (ts || []).map((t) => t.actor + ":" + t.issue + "=" + t.option + (t.vague ? "~" : "")).join(" ");
}

// example writes the orders box's placeholder from this scenario's own
// actors and issues: an offer to another government over an issue it
// controls, an acceptance and a statement.
function example(v) {
  const sc = v.Scenario;
  const i = sc.Issues.findIndex((_, k) => v.Controller[k] !== v.Me);
  if (i < 0) return "";
  const is = sc.Issues[i], who = sc.Actors[v.Controller[i]].ID;
  const opt = is.Options[(v.Options[i] + 1) % is.Options.length].ID;
  return "one order a line, e.g.\npropose " + who + " implicit private " + who + ":" + is.ID + "=" + opt +
    "\naccept o1\nsay " + is.ID + "=" + opt;
}

let shownRound = null; // the resolutions the page last drew, to clear old messages

function render() {
  if (!you.joined) { $("join-box").hidden = false; $("game").hidden = true; return; }
  $("join-box").hidden = true;
  $("game").hidden = false;
  const v = view.view, sc = v.Scenario, me = sc.Actors[v.Me];
  if (shownRound !== view.clock.round) {
    // A new turn (or summit session): "Handed in." no longer holds.
    if (shownRound !== null) status("", true);
    shownRound = view.clock.round;
    $("orders").placeholder = example(v);
  }
  $("title").textContent = view.name + ": " + me.Name;
  $("turn").textContent = "Turn " + v.Turn + " of " + v.Turns + ", " + v.Date + (v.Over ? " (the game is over)" : "");
  $("turn").dataset.turn = v.Turn;
  tick();
  $("me").textContent = me.Leader + ". Your political capital this turn: " + v.Capital + ". You are: " + me.Types[v.Type].Name + ".";
  $("briefing").textContent = me.Briefing;
  $("objectives").replaceChildren(...(me.Objectives || []).map((o) => el("li", o)));
  $("members").textContent = (view.members || []).map((m) => m.name).join(", ") + " (you: " + you.name + ")";
  $("report").href = "/api/seat/report?token=" + encodeURIComponent(token);
  const h = view.handed_in;
  $("handed").textContent = h ? "Handed in by " + h.name + " (" + (h.orders || []).length + " orders). Waiting for the other governments." :
    view.draft ? "Draft by " + view.draft.name + "." : (view.filled ? "Last turn your seat was played by rule: " + view.filled + "." : "");
  $("handed").dataset.handed = h ? "yes" : "no";
  for (const b of ["draft-btn", "handin-btn"]) $(b).disabled = !!h || v.Over;
  if (!typed && view.draft) $("orders").value = (view.draft.orders || []).map(orderText).join("\n");
  $("issues").replaceChildren(...sc.Issues.map((is, i) => row(is.Name, is.Options[v.Options[i]].Name, "controlled by " + sc.Actors[v.Controller[i]].Name)));
  $("offers").replaceChildren(...(v.Offers || []).map((o) => row(o.id, actorName(o.from) + " → " + o.to.map(actorName).join(", "), terms(o.terms), o.channel + ", " + o.linkage + ", " + o.status)));
  $("dilemmas").replaceChildren(...(v.Dilemmas || []).filter((d) => !d.choice).map((d) => el("li", d.id + ": " + d.prompt + " (" + (d.choices || []).map((c) => c.ID).join(", ") + ")")));
  const bel = [];
  (v.Beliefs || []).forEach((ps, b) => {
    if (!ps) return;
    const a = sc.Actors[b];
    bel.push(row(a.Name, ps.map((p, k) => a.Types[k].Name + " " + Math.round(p * 100) + "%").join(", ")));
  });
  $("beliefs").replaceChildren(...bel);
  const items = (view.log || []).filter((e) => e.headline || e.kind === "event" || e.kind === "offer" || e.kind === "arrive" || e.kind === "reply" || e.kind === "intel" || e.kind === "agreement" || e.kind === "leak").slice(-60).reverse();
  $("log").replaceChildren(...items.map((e) => {
    const li = el("li");
    li.append(el("span", "turn " + e.turn + " ", "muted"));
    if (e.headline) li.append(el("strong", e.headline + " "));
    li.append(document.createTextNode(e.text || ""));
    return li;
  }));
}

function orderText(o) {
  switch (o.kind) {
    case "propose": return ["propose", (o.to || []).join(","), o.linkage, o.channel, terms(o.terms)].filter(Boolean).join(" ");
    case "counter": return ["counter", o.offer, o.linkage, o.channel, terms(o.terms)].filter(Boolean).join(" ");
    case "reject": return "reject " + o.offer + (o.public ? " public" : "");
    case "statement": return "say " + o.issue + "=" + o.option + (o.oppose ? " oppose" : "");
    case "move": return "move " + o.issue + "=" + o.option;
    case "fulfil": case "renege": return o.kind + " " + o.agreement + " " + (o.term || 0);
    case "choose": return "choose " + o.dilemma + " " + o.choice;
    default: return o.kind + " " + (o.offer || "");
  }
}

function tick() {
  if (!view) return;
  const c = view.clock;
  let text = "";
  if (c.over) text = "";
  else if (c.paused) text = "paused by your instructor";
  else if (c.deadline) {
    const s = Math.max(0, Math.round((new Date(c.deadline) - Date.now()) / 1000));
    text = "hand in within " + (s >= 3600 ? Math.floor(s / 3600) + " h " : "") + Math.floor((s % 3600) / 60) + " min " + (s % 60) + " s";
  }
  if (c.summit) text = "summit session: answer the offers made at the table" + (text ? "; " + text : "");
  if (c.waiting) text += (text ? "; " : "") + c.waiting + " team(s) still to hand in";
  $("clock").textContent = text;
}
setInterval(tick, 1000);

async function send(type) {
  const round = shownRound;
  try {
    await request({ type, text: $("orders").value });
    typed = false;
    // The last hand-in resolves the turn: the next turn's view may come
    // before the answer, and then it is a new turn with nothing handed in.
    if (type === "hand_in" && shownRound !== round) { status("Handed in; the turn has been played: this is the next one.", true); return; }
    status({ check: "The orders are valid.", draft: "Draft saved for your team.", hand_in: "Handed in." }[type], true);
  } catch (e) { status(e.message, false); }
}
$("orders").addEventListener("input", () => { typed = true; });
$("check-btn").addEventListener("click", () => send("check"));
$("draft-btn").addEventListener("click", () => send("draft"));
$("handin-btn").addEventListener("click", () => send("hand_in"));
$("join-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  try { await request({ type: "join", name: $("name").value }); } catch (err) { $("fatal").textContent = err.message; }
});
// The board (the browser build) is offered when this server serves it.
fetch("/api/board").then((r) => r.json()).then((b) => {
  if (!b.served) return;
  $("board-link").href = "/play/?seat=" + encodeURIComponent(token);
  $("board-box").hidden = false;
}).catch(() => {});
connect();
