"use strict";
// join.js: a student types the class code and picks a seat.
const $ = (id) => document.getElementById(id);

async function find(code) {
  $("error").textContent = "";
  $("seats-box").hidden = true;
  const resp = await fetch("/api/join/" + encodeURIComponent(code.trim()));
  const body = await resp.json();
  if (!resp.ok) { $("error").textContent = body.error; return; }
  $("class-name").textContent = body.name;
  const tb = $("seats");
  tb.replaceChildren();
  for (const s of body.seats) {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.textContent = s.name + (s.team ? " (" + s.team + ")" : "");
    const n = document.createElement("td");
    n.textContent = s.members + " of " + s.max + " students";
    const act = document.createElement("td");
    if (s.full) {
      act.textContent = "full: ask your instructor for another seat";
    } else {
      const a = document.createElement("a");
      a.href = s.link;
      a.textContent = "Join " + s.name;
      a.className = "join-seat";
      a.dataset.actor = s.actor;
      act.append(a);
    }
    tr.append(name, n, act);
    tb.append(tr);
  }
  $("seats-box").hidden = false;
}

$("code-form").addEventListener("submit", (e) => { e.preventDefault(); find($("code").value); });
const given = new URLSearchParams(location.search).get("code");
if (given) { $("code").value = given; find(given); }
