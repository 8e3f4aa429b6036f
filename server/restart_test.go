//go:build !js

package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/server"
	"backchannel/server/client"
	"backchannel/server/store"
	"backchannel/server/store/storetest"
)

// TestKillAndRestart kills a server process with SIGKILL while three
// students are drafting and handing in, restarts it on the same database
// and address, and checks that every order the server acknowledged is
// stored, that the clients reconnect on their own and that the game goes
// on from where it was. On SQLite and on PostgreSQL.
func TestKillAndRestart(t *testing.T) {
	for _, db := range storetest.Databases(t) {
		t.Run(db.Name, func(t *testing.T) { killAndRestart(t, db.DSN) })
	}
}

// acked is an acknowledged submission: the stored event's number and
// what was in it.
type acked struct {
	seq    int
	actor  string
	orders []game.Order
}

func killAndRestart(t *testing.T, dsn string) {
	p := startProc(t, dsn, "127.0.0.1:0")
	var cr server.Created
	req := server.CreateRequest{Name: "Kill test", Scenario: "tutorial", Seed: 5,
		Seats: []class.SeatConfig{{Actor: "ALD", Human: true}, {Actor: "BOR", Human: true}, {Actor: "CES", Human: true}}}
	if code := call(t, p.URL, p.Key, "POST", "/api/sessions", req, &cr); code != 200 {
		t.Fatalf("create: %d", code)
	}
	actors := []string{"ALD", "BOR", "CES"}
	clients := map[string]*client.Client{}
	for _, a := range actors {
		clients[a] = student(t, p.URL, cr.Seats[a], "student-"+a, client.Options{})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	// Turn 1: everyone hands in; the turn resolves.
	for _, a := range actors {
		if err := clients[a].HandIn(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range actors {
		if _, err := clients[a].Wait(ctx, 0); err != nil {
			t.Fatal(err)
		}
	}
	// Turn 2: ALD hands in; everyone drafts as fast as it can while the
	// server is killed.
	seqALD, err := clients["ALD"].HandInSeq(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	acks := []acked{{seq: seqALD, actor: "ALD"}}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, a := range actors[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				orders := []game.Order{{Kind: game.OrderStatement, Issue: "draft", Option: fmt.Sprintf("%s-%d", a, n)}}
				c, cancel := context.WithTimeout(ctx, 5*time.Second)
				err := clients[a].Draft(c, orders)
				cancel()
				if err == nil {
					// The ack carries no number for drafts in this API; the
					// draft is found by its content below.
					mu.Lock()
					acks = append(acks, acked{actor: a, orders: orders})
					mu.Unlock()
				}
			}
		}()
	}
	waitAcks := func(n int) {
		for {
			mu.Lock()
			got := len(acks)
			mu.Unlock()
			if got >= n {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitAcks(40)
	p.kill()
	close(stop)
	wg.Wait()
	mu.Lock()
	before := len(acks)
	mu.Unlock()

	// Every acknowledged submission is in the store.
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	bodies, err := st.Events(ctx, cr.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var stored []class.Event
	for _, b := range bodies {
		var ev class.Event
		json.Unmarshal(b, &ev)
		stored = append(stored, ev)
	}
	for _, a := range acks {
		found := false
		for _, ev := range stored {
			if ev.Actor == a.actor && (a.seq == 0 || ev.Seq == a.seq) && (ev.Kind == class.EvDraft || ev.Kind == class.EvHandIn) &&
				reflect.DeepEqual(ev.Orders, a.orders) {
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("an acknowledged submission of %s (%v) was lost", a.actor, a.orders)
		}
	}
	t.Logf("%d acknowledged submissions before the kill, all stored (%d events)", before, len(stored))

	// The server comes back on the same address; the clients reconnect by
	// themselves and find turn 2 with ALD's hand-in.
	p2 := startProc(t, dsn, p.Addr)
	_ = p2
	for _, a := range actors {
		v, err := clients[a].Until(ctx, func(v *class.SeatView) bool { return v.Clock.Round == 1 && clients[a].Connections() > 1 })
		if err != nil {
			t.Fatalf("%s after the restart: %v", a, err)
		}
		if (a == "ALD") != (v.HandedIn != nil) {
			t.Fatalf("%s after the restart: handed in %v", a, v.HandedIn)
		}
		if a != "ALD" && v.Draft == nil {
			t.Fatalf("%s lost its draft", a)
		}
	}
	for _, a := range actors[1:] {
		if err := clients[a].HandIn(ctx, nil); err != nil {
			t.Fatalf("%s handing in after the restart: %v", a, err)
		}
	}
	for _, a := range actors {
		if _, err := clients[a].Wait(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
}

// TestTwoProcesses runs two server processes on one PostgreSQL database
// serving the same session: students connected to either see the turn
// that the other resolved.
func TestTwoProcesses(t *testing.T) {
	dsn, ok := storetest.Postgres(t)
	if !ok {
		t.Skip("needs PostgreSQL")
	}
	p1 := startProc(t, dsn, "127.0.0.1:0")
	p2 := startProc(t, dsn, "127.0.0.1:0")
	if p1.Key != p2.Key {
		t.Fatal("the two processes have different instructor keys")
	}
	var cr server.Created
	req := server.CreateRequest{Name: "Two", Scenario: "tutorial", Seed: 9,
		Seats: []class.SeatConfig{{Actor: "ALD", Human: true}, {Actor: "BOR", Human: true}}}
	if code := call(t, p1.URL, p1.Key, "POST", "/api/sessions", req, &cr); code != 200 {
		t.Fatalf("create: %d", code)
	}
	ald := student(t, p1.URL, cr.Seats["ALD"], "Ada", client.Options{})
	bor := student(t, p2.URL, cr.Seats["BOR"], "Bo", client.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for turn := 1; turn <= 3; turn++ {
		if err := ald.HandIn(ctx, nil); err != nil {
			t.Fatalf("turn %d: %v", turn, err)
		}
		if err := bor.HandIn(ctx, nil); err != nil {
			t.Fatalf("turn %d: %v", turn, err)
		}
		va, err := ald.Wait(ctx, turn-1)
		if err != nil {
			t.Fatal(err)
		}
		vb, err := bor.Wait(ctx, turn-1)
		if err != nil {
			t.Fatal(err)
		}
		if va.Clock.Round != turn || vb.Clock.Round != turn {
			t.Fatalf("turn %d: the processes disagree: %d and %d", turn, va.Clock.Round, vb.Clock.Round)
		}
	}
	// Both processes give the instructor the same game.
	var o1, o2 struct {
		Overview class.Overview `json:"overview"`
	}
	call(t, p1.URL, p1.Key, "GET", "/api/sessions/"+cr.ID, nil, &o1)
	call(t, p2.URL, p2.Key, "GET", "/api/sessions/"+cr.ID, nil, &o2)
	if o1.Overview.LogHash != o2.Overview.LogHash || o1.Overview.Turns != 3 {
		t.Fatalf("process 1 at %s (%d turns), process 2 at %s", o1.Overview.LogHash, o1.Overview.Turns, o2.Overview.LogHash)
	}
}
