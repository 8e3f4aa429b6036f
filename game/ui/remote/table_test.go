//go:build !js

package remote

import (
	"context"
	"image"
	"image/png"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
	"backchannel/server"
	"backchannel/server/client"
	"backchannel/server/servertest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// TestTableFollowsTheServer plays a seat of a class server on the board:
// letter-2009 with the United States and Russia for students and the AI
// for the rest. The board shows the seat's view, the student ends the
// turn with Ctrl+Enter (no orders: the board asks, Enter confirms), the
// board waits for the others, and when Russia hands in the board shows
// turn 2. A teammate's draft and the new turn are said on the board. Then
// the instructor's headline reaches it mid-turn, and Esc offers to leave.
func TestTableFollowsTheServer(t *testing.T) {
	uitest.NeedWindow(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := servertest.Start(t, server.Options{})
	cr := srv.Create(server.CreateRequest{Name: "Seminar", Scenario: "letter-2009", Seed: 3,
		Seats: []class.SeatConfig{{Actor: "USA", Human: true}, {Actor: "RUS", Human: true}}})

	usa := join(t, ctx, srv.URL, cr.Seats["USA"], "Ada")
	rus := join(t, ctx, srv.URL, cr.Seats["RUS"], "Ben")
	woken := make(chan struct{}, 1)
	tab, err := newTable(ctx, usa, func() {
		select {
		case woken <- struct{}{}:
		default:
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	if got := tab.Title(); got != "Seminar: United States" {
		t.Errorf("title %q", got)
	}
	rec := ui.NewTextRecord()
	h := uitest.NewWith(t, tab, image.Pt(1280, 720), ui.Options{Settings: ui.DefaultSettings(), TextRecord: rec})
	step := func(n int) {
		t.Helper()
		if err := h.Step(n); err != nil {
			t.Fatal(err)
		}
	}
	drawn := func() string {
		var b strings.Builder
		for _, d := range rec.Texts() {
			b.WriteString(d.Text + "\n")
		}
		return b.String()
	}
	step(3)
	if s := drawn(); !strings.Contains(s, "United States") {
		t.Fatalf("the board does not show the seat; drawn:\n%s", s)
	}
	// waitDrawn steps the board as views arrive until it draws want.
	waitDrawn := func(want string) {
		t.Helper()
		for !strings.Contains(drawn(), want) {
			select {
			case <-woken:
				step(2)
			case <-ctx.Done():
				t.Fatalf("the board never drew %q; drawn:\n%s", want, drawn())
			}
		}
	}

	// A teammate at the same seat drafts: the board says so.
	cy := join(t, ctx, srv.URL, cr.Seats["USA"], "Cy")
	if err := cy.Draft(ctx, []game.Order{{Kind: game.OrderStatement, Issue: "third_site", Option: "build"}}); err != nil {
		t.Fatal(err)
	}
	waitDrawn("Cy drafted your team's orders (1 order).")
	// The notice stands just above the orders bar, where the board says
	// what became of an order, and hides nothing of the header (it was
	// drawn over the scenario's title at the top left).
	bar := tab.board.Layout().Orders
	for _, d := range rec.Texts() {
		switch {
		case d.Text == "Cy drafted your team's orders (1 order).":
			if d.Ink.Max.Y > bar.Min.Y || d.Ink.Min.Y < bar.Min.Y-60 {
				t.Errorf("the notice is drawn at %v, not just above the orders bar %v", d.Ink, bar)
			}
		case d.Covered && d.Ink.Max.Y < bar.Min.Y/2:
			t.Errorf("the notice covers %q at %v", d.Text, d.Ink)
		}
	}
	if out := os.Getenv("BACKCHANNEL_REMOTE_SHOT"); out != "" { // to look at by hand
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(f, h.Screenshot(t))
		f.Close()
	}

	// End the turn with no orders: Ctrl+Enter, then confirm.
	h.Script.With([]ebiten.Key{ebiten.KeyControl}, func(s *ui.Script) { s.Press(ebiten.KeyEnter) })
	step(h.Script.Len() + 2)
	h.Script.Press(ebiten.KeyEnter)
	step(h.Script.Len() + 2)
	v, err := usa.Until(ctx, func(v *class.SeatView) bool { return v.HandedIn != nil })
	if err != nil {
		t.Fatalf("the board did not hand in: %v; drawn:\n%s", err, drawn())
	}
	if !tab.waiting.Load() {
		t.Error("after the hand-in the board does not wait for the others")
	}

	// Russia hands in: the turn resolves and the board shows the next.
	if err := rus.HandIn(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for tab.View().Clock.Round == v.Clock.Round {
		select {
		case <-woken:
		case <-ctx.Done():
			t.Fatal("the board never heard of the resolution")
		}
	}
	step(3)
	if tab.waiting.Load() {
		t.Error("the board still waits after the turn resolved")
	}
	waitDrawn("Turn 2 begins: last turn's orders are resolved.")
	if got := tab.View().View.Turn; got != 2 {
		t.Errorf("turn %d after the resolution", got)
	}

	// The instructor's headline reaches the board mid-turn.
	srv.Post("/api/sessions/"+cr.ID+"/inject", cr.Instructor, server.ControlRequest{Headline: "Canary in the capital"}, nil)
	waitDrawn("Canary in the capital")

	// Esc (the Menu button) offers only to leave: the server keeps the game.
	h.Script.Press(ebiten.KeyEscape)
	step(h.Script.Len() + 2)
	if s := drawn(); !strings.Contains(s, "Leave the class?") {
		t.Errorf("Esc did not open the leave dialog; drawn:\n%s", s)
	}
}

func join(t *testing.T, ctx context.Context, base, token, name string) *client.Client {
	t.Helper()
	c, err := client.Dial(ctx, base, token, "member-"+name+"-0123456789abcdef", client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.Join(ctx, name); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestTableDebrief plays the tutorial's six turns at a class server, the
// student handing in each turn; when the game ends the board says so and
// shows the seat's own report as the debrief, with the score.
func TestTableDebrief(t *testing.T) {
	uitest.NeedWindow(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := servertest.Start(t, server.Options{})
	cr := srv.Create(server.CreateRequest{Name: "Seminar", Scenario: "tutorial", Seed: 3,
		Seats: []class.SeatConfig{{Actor: "ALD", Human: true}}})
	ald := join(t, ctx, srv.URL, cr.Seats["ALD"], "Ada")
	tab, err := newTable(ctx, ald, func() {})
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	rec := ui.NewTextRecord()
	h := uitest.NewWith(t, tab, image.Pt(1280, 720), ui.Options{Settings: ui.DefaultSettings(), TextRecord: rec})
	for round := 0; ; round++ {
		v, err := ald.State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v.Clock.Over {
			break
		}
		if err := ald.HandIn(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := ald.Wait(ctx, v.Clock.Round); err != nil {
			t.Fatal(err)
		}
	}
	drawn := func() string {
		var b strings.Builder
		for _, d := range rec.Texts() {
			b.WriteString(d.Text + "\n")
		}
		return b.String()
	}
	for !strings.Contains(drawn(), "Your score:") {
		if err := h.Step(2); err != nil {
			t.Fatal(err)
		}
		if ctx.Err() != nil {
			t.Fatalf("no debrief; drawn:\n%s", drawn())
		}
	}
	for _, want := range []string{"Debrief", "Your report", "What your government knew", "Back to the board"} {
		if !strings.Contains(drawn(), want) {
			t.Errorf("the debrief does not show %q; drawn:\n%s", want, drawn())
		}
	}
	if strings.Contains(drawn(), "**") || strings.Contains(drawn(), "## ") {
		t.Errorf("the debrief shows Markdown marks; drawn:\n%s", drawn())
	}
	if out := os.Getenv("BACKCHANNEL_REMOTE_SHOT"); out != "" { // to look at by hand
		f, err := os.Create(strings.TrimSuffix(out, ".png") + "-debrief.png")
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(f, h.Screenshot(t))
		f.Close()
	}
}
