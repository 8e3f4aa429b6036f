//go:build !js

package server_test

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"backchannel/game/class"
	"backchannel/server"
	"backchannel/server/client"
)

func tutorialClass(turnSeconds int64) server.CreateRequest {
	return server.CreateRequest{Name: "Section A", Scenario: "tutorial", Seed: 3, TurnSeconds: turnSeconds,
		Seats: []class.SeatConfig{{Actor: "ALD", Human: true, Max: 2}, {Actor: "BOR", Human: true}}}
}

func TestClassOverTheNetwork(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "c.sqlite"))
	cr := h.create(tutorialClass(0))
	if len(cr.Seats) != 2 || cr.Seats["CES"] != "" || len(cr.Code) != 9 {
		t.Fatalf("created %+v", cr)
	}
	ada := student(t, h.ts.URL, cr.Seats["ALD"], "Ada", client.Options{})
	bea := student(t, h.ts.URL, cr.Seats["ALD"], "Bea", client.Options{})
	cy := student(t, h.ts.URL, cr.Seats["BOR"], "Cy", client.Options{})
	ctx := within(30 * time.Second)
	v, err := ada.State(ctx)
	if err != nil || v.Actor != "ALD" || v.Clock.Turn != 1 {
		t.Fatalf("first view %+v %v", v, err)
	}
	// A third student at a seat for two is refused.
	members++
	dee, err := client.Dial(ctx, h.ts.URL, cr.Seats["ALD"], "member-dee-0000000000", client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer dee.Close()
	if err := dee.Join(ctx, "Dee"); err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("a third member: %v", err)
	}
	if err := ada.HandIn(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := bea.HandIn(ctx, nil); err == nil {
		t.Fatal("a team handed in twice")
	}
	// The instructor sees who has handed in, pauses and injects.
	var ov struct {
		Overview class.Overview `json:"overview"`
	}
	call(t, h.ts.URL, cr.Instructor, "GET", "/api/sessions/"+cr.ID, nil, &ov)
	if ov.Overview.Clock.Waiting != 1 || ov.Overview.Seats[0].HandedIn == nil || ov.Overview.Seats[0].TrueType == "" {
		t.Fatalf("overview %+v", ov.Overview)
	}
	if code := call(t, h.ts.URL, cr.Instructor, "POST", "/api/sessions/"+cr.ID+"/inject", server.ControlRequest{Headline: "Snow closes the capital"}, nil); code != 200 {
		t.Fatalf("inject: %d", code)
	}
	if _, err := cy.Until(ctx, func(v *class.SeatView) bool {
		for _, e := range v.Log {
			if e.Headline == "Snow closes the capital" {
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatal(err)
	}
	if err := cy.HandIn(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*client.Client{ada, bea, cy} {
		if v, err := c.Wait(ctx, 0); err != nil || v.Clock.Round != 1 {
			t.Fatalf("after every hand-in: %+v %v", v, err)
		}
	}
	// Another session's instructor key opens nothing here; no key, nothing.
	other := h.create(tutorialClass(0))
	if code := call(t, h.ts.URL, other.Instructor, "GET", "/api/sessions/"+cr.ID, nil, nil); code != http.StatusUnauthorized {
		t.Fatalf("another session's key: %d", code)
	}
	// The save, the reports and the activity download.
	for _, p := range []string{"/save", "/report", "/report/ALD", "/activity.csv"} {
		req, _ := http.NewRequest("GET", h.ts.URL+"/api/sessions/"+cr.ID+p, nil)
		req.Header.Set("Authorization", "Bearer "+cr.Instructor)
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s: %v %v", p, resp.StatusCode, err)
		}
		resp.Body.Close()
	}
}

func TestClearErrors(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "c.sqlite"))
	cr := h.create(tutorialClass(0))
	ctx := within(20 * time.Second)
	var e map[string]string
	if code := call(t, h.ts.URL, "", "GET", "/api/join/ZZZZ-ZZZZ", nil, &e); code != 404 || !strings.Contains(e["error"], "no session has the code") {
		t.Fatalf("bad code: %d %v", code, e)
	}
	if code := call(t, h.ts.URL, "", "GET", "/api/join/"+cr.Code, nil, nil); code != 200 {
		t.Fatalf("good code: %d", code)
	}
	if code := call(t, h.ts.URL, "wrong", "GET", "/api/sessions", nil, &e); code != 401 {
		t.Fatalf("bad key: %d", code)
	}
	c, err := client.Dial(ctx, h.ts.URL, "not-a-token", "member-xxxxxxxxxxxxxxxx", client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.State(ctx); err == nil || !strings.Contains(err.Error(), "not a seat") {
		t.Fatalf("bad link: %v", err)
	}
	c.Close()
	// A page of another site may not open a seat.
	if _, err := client.Dial(ctx, h.ts.URL, cr.Seats["ALD"], "member-xxxxxxxxxxxxxxxx", client.Options{Origin: "https://evil.example"}); err == nil {
		t.Fatal("a foreign origin was let in")
	}
	// An oversized message closes the connection.
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(h.ts.URL, "http")+"/ws?token="+cr.Seats["ALD"]+"&member=member-yyyyyyyyyyyyyyyy", nil)
	if err != nil {
		t.Fatal(err)
	}
	conn.Write(ctx, websocket.MessageText, []byte(`{"type":"draft","text":"`+strings.Repeat("x", 100<<10)+`"}`))
	for {
		if _, _, err := conn.Read(ctx); err != nil {
			if websocket.CloseStatus(err) != websocket.StatusMessageTooBig {
				t.Fatalf("oversized message: %v", err)
			}
			break
		}
	}
	// An uploaded scenario with problems is refused with its diagnostics.
	req := tutorialClass(0)
	req.Scenario, req.Source = "", "id = \"x\"\n[[actors]]\nid = 3\n"
	if code := call(t, h.ts.URL, h.srv.AdminKey(), "POST", "/api/sessions", req, &e); code != 400 || !strings.Contains(e["error"], "scenario.toml:") {
		t.Fatalf("bad scenario: %d %v", code, e)
	}
	// An expired session says so, to the code and to the link.
	req = tutorialClass(0)
	req.ExpireDays = 1
	cr2 := h.create(req)
	h.skew.Store(int64(25 * time.Hour))
	if code := call(t, h.ts.URL, "", "GET", "/api/join/"+cr2.Code, nil, &e); code != 410 || !strings.Contains(e["error"], "ended") {
		t.Fatalf("expired code: %d %v", code, e)
	}
	c, err = client.Dial(ctx, h.ts.URL, cr2.Seats["ALD"], "member-zzzzzzzzzzzzzzzz", client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.State(ctx); err == nil || !strings.Contains(err.Error(), "ended") {
		t.Fatalf("expired link: %v", err)
	}
}
