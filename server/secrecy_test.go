//go:build !js

package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/game/save"
	"backchannel/game/scenario"
	"backchannel/server"
	"backchannel/server/client"
)

// TestSecrecy plays a whole game of letter-2009 over the network with
// three student seats and two AI seats, keeps every message each seat
// receives, and checks each one against the game replayed from its save:
// a seat receives only its own type and beliefs, only log entries it may
// see, only offers, agreements, dilemmas and intel it is party to, and
// nothing of another seat's drafts, AI reasons, briefing or links.
func TestSecrecy(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "c.sqlite"))
	humans := []string{"USA", "RUS", "POL"}
	req := server.CreateRequest{Name: "Secrecy", Scenario: "letter-2009", Seed: 11, Policy: class.PolicyAI,
		Seats: []class.SeatConfig{{Actor: "USA", Human: true}, {Actor: "RUS", Human: true}, {Actor: "POL", Human: true}}}
	cr := h.create(req)
	var mu sync.Mutex
	received := map[string][][]byte{}
	clients := map[string]*client.Client{}
	for _, a := range humans {
		clients[a] = student(t, h.ts.URL, cr.Seats[a], "student-"+a, client.Options{OnMessage: func(b []byte) {
			mu.Lock()
			received[a] = append(received[a], slices.Clone(b))
			mu.Unlock()
		}})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	turns := 0
	for turn := 1; ; turn++ {
		v, err := clients["USA"].State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v.Clock.Over {
			break
		}
		// Each team drafts something only it may know.
		for _, a := range humans {
			canary := []game.Order{{Kind: game.OrderStatement, Issue: "canary", Option: fmt.Sprintf("canary-%s-t%d", a, turn)}}
			if err := clients[a].Draft(ctx, canary); err != nil {
				t.Fatal(err)
			}
		}
		if turn%2 == 1 {
			for _, a := range humans {
				if err := clients[a].HandIn(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
		} else if code := call(t, h.ts.URL, cr.Instructor, "POST", "/api/sessions/"+cr.ID+"/resolve", nil, nil); code != 200 {
			// The AI plays the students' seats this turn: its private
			// letters and reasons are theirs to keep.
			t.Fatalf("resolve: %d", code)
		}
		for _, a := range humans {
			wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			v, err := clients[a].Wait(wctx, turn-1)
			cancel()
			if err != nil {
				var ov any
				call(t, h.ts.URL, cr.Instructor, "GET", "/api/sessions/"+cr.ID, nil, &ov)
				b, _ := json.Marshal(ov)
				mu.Lock()
				n, last := len(received[a]), len(received[a][len(received[a])-1])
				mu.Unlock()
				t.Fatalf("%s waiting for turn %d: %v; its view says turn %d (%d messages, the last of %d bytes, %d connections); the server: %.300s", a, turn+1, err, v.Clock.Turn, n, last, clients[a].Connections(), b)
			}
		}
		turns++
	}
	// Let the last views arrive, then stop listening; each seat's log,
	// sent a part at a time, is its whole visible log.
	last := map[string]*class.SeatView{}
	for _, a := range humans {
		v, err := clients[a].Until(ctx, func(v *class.SeatView) bool { return v.Clock.Over })
		if err != nil {
			t.Fatal(err)
		}
		last[a] = v
		clients[a].Close()
	}

	// The truth: the game replayed from its save, and the AI's reasons.
	sc, _ := scenario.Builtin("letter-2009")
	var rec save.Record
	b := download(t, h.ts.URL+"/api/sessions/"+cr.ID+"/save", cr.Instructor)
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	final, err := rec.Verify(sc)
	if err != nil {
		t.Fatal(err)
	}
	truth := map[int]game.Entry{}
	for _, e := range final.Log {
		truth[e.Seq] = e
	}
	seqs := func(log []game.Entry) (out []int) {
		for _, e := range log {
			out = append(out, e.Seq)
		}
		return out
	}
	for _, a := range humans {
		if got, want := seqs(last[a].Log), seqs(final.VisibleLog(a)); !slices.Equal(got, want) {
			t.Errorf("%s's log as received has %d entries, its visible log %d", a, len(got), len(want))
		}
	}
	offers := map[string]*game.Offer{}
	for _, o := range final.Offers {
		offers[o.ID] = o
	}
	agreements := map[string]*game.Agreement{}
	for _, ag := range final.Agreements {
		agreements[ag.ID] = ag
	}
	reasons := map[string][]string{} // actor -> its AI's reasons, every turn
	bodies, err := h.st.Events(ctx, cr.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range bodies {
		var ev class.Event
		json.Unmarshal(body, &ev)
		for a, xs := range ev.Explanations {
			for _, x := range xs {
				if len(x.Text) >= 40 {
					reasons[a] = append(reasons[a], x.Text)
				}
			}
		}
	}
	replay, err := save.NewReplayer(&rec, sc)
	if err != nil {
		t.Fatal(err)
	}
	jsonText := func(s string) []byte { b, _ := json.Marshal(s); return b[1 : len(b)-1] }

	checked, entries, scenarios := 0, 0, 0
	for _, me := range humans {
		var forbidden [][]byte
		for _, other := range sc.Actors {
			if other.ID == me {
				continue
			}
			forbidden = append(forbidden, []byte("canary-"+other.ID+"-"), jsonText(other.Briefing[:80]))
			for _, r := range reasons[other.ID] {
				forbidden = append(forbidden, jsonText(r))
			}
			if tok := cr.Seats[other.ID]; tok != "" {
				forbidden = append(forbidden, []byte(tok))
			}
		}
		forbidden = append(forbidden, []byte(cr.Instructor), []byte(h.srv.AdminKey()))
		for _, raw := range received[me] {
			for _, f := range forbidden {
				if bytes.Contains(raw, f) {
					t.Fatalf("%s received %q, which is not its to know", me, f)
				}
			}
			var o client.Out
			if err := json.Unmarshal(raw, &o); err != nil {
				t.Fatalf("%s received a message that is not JSON: %v", me, err)
			}
			if o.Type != "view" {
				continue
			}
			sv := o.View
			v := sv.View
			if sv.Actor != me || v != nil && v.Actor != me {
				t.Fatalf("%s received %s's view", me, sv.Actor)
			}
			if v == nil { // the game had not changed: the team's part only
				if len(sv.Log) > 0 {
					t.Fatalf("%s received log entries without the game's view", me)
				}
				checked++
				continue
			}
			// Its own type and beliefs, as the game had them at that turn.
			g, err := replay.Seek(sv.Clock.Round)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := g.View(me)
			if v.Type != want.Type || !reflect.DeepEqual(v.Beliefs, want.Beliefs) || !reflect.DeepEqual(v.Trust, want.Trust) {
				t.Fatalf("%s at turn %d: type or beliefs are not its own", me, v.Turn)
			}
			for i, vd := range sc.Variables {
				if vd.Secret && (v.VarKnown[i] || v.Vars[i] != 0) {
					t.Fatalf("%s was told secret variable %s", me, vd.ID)
				}
			}
			// The scenario comes in a connection's first view only.
			if v.Scenario != nil {
				for _, a := range v.Scenario.Actors {
					if a.ID != me && (a.Briefing != "" || len(a.Objectives) > 0 || a.HistoricalType != "") {
						t.Fatalf("%s was sent %s's briefing", me, a.ID)
					}
				}
				if len(v.Scenario.Events) > 0 || len(v.Scenario.Opening) > 0 {
					t.Fatalf("%s was sent the events to come or the opening letters", me)
				}
				scenarios++
			}
			for _, e := range sv.Log {
				te, ok := truth[e.Seq]
				if !ok || !te.VisibleTo(me) || !reflect.DeepEqual(scrub(e), scrub(te)) {
					t.Fatalf("%s received log entry %d (%s: %s), which it may not see", me, e.Seq, e.Kind, e.Text)
				}
				entries++
			}
			for _, off := range v.Offers {
				to := offers[off.ID]
				party := off.From == me || slices.Contains(off.To, me)
				if to == nil || to.From != off.From || !slices.Equal(to.To, off.To) || (!party && !off.Public) {
					t.Fatalf("%s received offer %s of %s to %v", me, off.ID, off.From, off.To)
				}
			}
			for _, ag := range v.Agreements {
				if ta := agreements[ag.ID]; ta == nil || (!ta.Public && !slices.Contains(ta.Parties, me)) {
					t.Fatalf("%s received agreement %s of %v", me, ag.ID, ag.Parties)
				}
			}
			for _, d := range v.Dilemmas {
				if d.Actor != me {
					t.Fatalf("%s received %s's dilemma", me, d.Actor)
				}
			}
			for _, in := range v.Intel {
				if in.To != me {
					t.Fatalf("%s received intel for %s", me, in.To)
				}
			}
			if sv.Draft != nil && sv.Draft.Member != "" || sv.HandedIn != nil && sv.HandedIn.Member != "" {
				t.Fatalf("%s was sent a student id", me)
			}
			checked++
		}
	}
	if turns < 10 || checked < 3*turns {
		t.Fatalf("only %d turns and %d views checked", turns, checked)
	}
	if scenarios == 0 {
		t.Fatal("no view carried the scenario")
	}
	t.Logf("%d turns; %d views with %d log entries and %d scenarios checked for 3 seats", turns, checked, entries, scenarios)
}

// scrub drops the fields a view may copy differently (Seen is cloned).
func scrub(e game.Entry) game.Entry {
	e.Seen = nil
	return e
}

func download(t *testing.T, url, key string) []byte {
	t.Helper()
	b, err := httpGet(url, key)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
