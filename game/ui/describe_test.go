package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

type describedScene struct{ d Description }

func (s describedScene) Update(*Context) error      { return nil }
func (s describedScene) Draw(*ebiten.Image, *Theme) {}
func (s describedScene) Describe() Description      { return s.d }

// TestStackDescribe: a dialog over a screen keeps the screen's title, takes
// the focus and adds itself; news of both are kept.
func TestStackDescribe(t *testing.T) {
	m := sceneStack{scenes: []Scene{
		describedScene{Description{Title: "Board", Seat: "ALD", Focus: "End turn, button", News: []string{"A letter"}, AtLast: true}},
		describedScene{Description{Focus: "Close, button", Dialog: "Saved.", AtFirst: true}},
	}}
	got := m.describe()
	want := Description{Title: "Board", Seat: "ALD", Focus: "Close, button", Dialog: "Saved.", News: []string{"A letter"}, AtFirst: true}
	if !got.Equal(want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
