package widget

import (
	"image"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// TestSearchList: typing filters the rows to those holding every word,
// whole-word matches and shorter rows first; Up and Down move the
// selection without leaving the box; Enter chooses; a second click on a
// row chooses it; Backspace widens the search; the screen reader hears
// the query and the row.
func TestSearchList(t *testing.T) {
	var chosen, selected []int
	s := NewSearchList(SearchListConfig{Name: "terms", Placeholder: "Type to find a term",
		OnChoose: func(_ *ui.Context, i int) { chosen = append(chosen, i) },
		OnSelect: func(_ *ui.Context, i int) { selected = append(selected, i) }})
	s.SetItems([]string{"Treaty → Not ratified", "Treaty → Ratified", "Radar → Build", "Radar → Delay", "Sanctions → Support"})
	r := newRig(t, s)
	rowH := s.List.RowHeight(r.ctx.Theme)
	s.Place(ui.Rect(100, 100, 400, rowH*6), rowH)
	r.form.Focus(s)

	shown := func() []string {
		var out []string
		for _, i := range s.Shown() {
			out = append(out, s.Items[i])
		}
		return out
	}
	r.script.Type("ratified")
	r.run()
	if got := shown(); !slices.Equal(got, []string{"Treaty → Ratified", "Treaty → Not ratified"}) {
		t.Fatalf("ratified shows %q", got)
	}
	r.press(ebiten.KeyDown)
	if s.Selected() != 0 || r.form.Focused() != s {
		t.Errorf("Down selects the second row in the box: item %d", s.Selected())
	}
	r.press(ebiten.KeyDown)
	if s.Selected() != 0 || r.form.Focused() != s {
		t.Errorf("Down at the last row stays: item %d, focus %v", s.Selected(), r.form.Focused())
	}
	r.press(ebiten.KeyUp, ebiten.KeyEnter)
	if !slices.Equal(chosen, []int{1}) {
		t.Fatalf("Enter chose %v, want the Ratified row", chosen)
	}
	// Typing ended on Ratified (item 1), Down went to Not ratified (0),
	// Up to Ratified again: each move told once.
	if n := len(selected); n < 3 || !slices.Equal(selected[n-3:], []int{1, 0, 1}) {
		t.Errorf("OnSelect heard %v, want it to end [1 0 1]", selected)
	}
	if sp := Spoken(s); !strings.HasPrefix(sp, "terms, search list, “ratified”, item 1 of 2: Treaty → Ratified") {
		t.Errorf("spoken %q", sp)
	}
	s.Clear()
	r.script.Type("zz")
	r.run()
	r.press(ebiten.KeyEnter)
	if len(s.Shown()) != 0 || len(chosen) != 1 || !strings.HasSuffix(Spoken(s), "nothing found") {
		t.Errorf("zz shows %q, chose %v, says %q", shown(), chosen, Spoken(s))
	}
	for range 2 {
		r.press(ebiten.KeyBackspace)
	}
	r.script.Type("rad d")
	r.run()
	if got := shown(); !slices.Equal(got, []string{"Radar → Delay", "Radar → Build"}) {
		t.Errorf("rad d shows %q (query %q)", got, s.Query())
	}
	// A click selects a row, a second one on it chooses it.
	for range 5 {
		r.press(ebiten.KeyBackspace)
	}
	if len(s.Shown()) != len(s.Items) {
		t.Fatalf("an empty box shows %q", shown())
	}
	row := image.Pt(150, s.List.Bounds().Min.Y+rowH*2+rowH/2)
	r.clickAt(row)
	if s.Selected() != 2 || len(chosen) != 1 {
		t.Errorf("a click selects the third row: item %d, chosen %v", s.Selected(), chosen)
	}
	r.clickAt(row)
	if !slices.Equal(chosen, []int{1, 2}) {
		t.Errorf("a second click chooses it: %v", chosen)
	}
}
