package widget

import (
	"fmt"
	"image"
	"slices"
	"strings"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// SearchListConfig describes a list with a search box.
type SearchListConfig struct {
	Name        string // for the screen reader: "terms"
	Placeholder string // the empty box's hint: "Type to search"
	Tooltip     string
	Empty       string // shown when nothing holds what was typed
	// OnChoose gets the chosen item's index in Items: Enter, or a click
	// on the selected row.
	OnChoose func(ctx *ui.Context, i int)
	// OnSelect, when set, gets the selected item's index when the player
	// moves the selection: by typing, the arrows or a click; -1 when what
	// was typed leaves no row to select, so that a dialog stops offering
	// to act on a row the player no longer sees.
	OnSelect func(ctx *ui.Context, i int)
}

// SearchList is a list under a search box, one stop for Tab: what is
// typed filters the rows to those holding every word of it (ignoring
// case, the best matches first), Up and Down move the selection, Enter
// or a second click chooses. It replaces stepping through a long list of
// options one arrow at a time.
type SearchList struct {
	Base
	Field *TextInput
	List  *List
	// Items are the rows' texts, searched and shown; DrawRow, when set,
	// draws item i (an index into Items) instead of its text.
	Items    []string
	DrawRow  func(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs RowState)
	OnChoose func(ctx *ui.Context, i int)
	OnSelect func(ctx *ui.Context, i int)
	name     string
	last     int   // the item selected when OnSelect was last told
	shown    []int // the indexes of Items that hold the query, best first
	query    string
	fieldH   int
}

// NewSearchList returns an empty search list made from cfg.
func NewSearchList(cfg SearchListConfig) *SearchList {
	s := &SearchList{Base: Base{Tip: cfg.Tooltip}, OnChoose: cfg.OnChoose, OnSelect: cfg.OnSelect, name: cfg.Name, last: -1}
	s.Field = NewTextInput(TextInputConfig{Placeholder: cfg.Placeholder, MaxLen: 60,
		OnChange: func(ctx *ui.Context, q string) { s.filter(q) },
		OnSubmit: func(ctx *ui.Context, _ string) { s.choose(ctx) }})
	s.List = NewList(ListConfig{OnActivate: func(ctx *ui.Context, _ int) { s.choose(ctx) }})
	s.List.Name = cfg.Name
	s.List.Empty = cfg.Empty
	s.List.Count = func() int { return len(s.shown) }
	s.List.DrawRow = func(dst *ebiten.Image, th *ui.Theme, k int, r image.Rectangle, rs RowState) {
		if s.DrawRow != nil {
			s.DrawRow(dst, th, s.shown[k], r, rs)
			return
		}
		s.List.drawItem(dst, th, s.shown[k], r, rs)
	}
	s.List.RowTip = func(k int) string { return s.Items[s.shown[k]] }
	return s
}

// SetItems replaces the rows, keeping what was typed, and selects the
// first row that holds it.
func (s *SearchList) SetItems(items []string) {
	s.Items = items
	s.List.Items = items // drawItem draws Items[i]
	s.filter(s.query)
	s.last = s.Selected()
}

// Clear empties the search box, showing every row again.
func (s *SearchList) Clear() {
	s.Field.SetText("")
	s.filter("")
	s.last = s.Selected()
}

// Query returns what was typed.
func (s *SearchList) Query() string { return s.query }

// Typing reports whether the search box has the keyboard (see
// TextInput.Typing).
func (s *SearchList) Typing() bool { return s.Field.Typing() }

// Shown returns the indexes of Items shown, best match first.
func (s *SearchList) Shown() []int { return s.shown }

// Selected returns the index in Items of the selected row, or -1.
func (s *SearchList) Selected() int {
	if k := s.List.Selected; k >= 0 && k < len(s.shown) {
		return s.shown[k]
	}
	return -1
}

// Select selects item i when it is shown.
func (s *SearchList) Select(i int) {
	if k := slices.Index(s.shown, i); k >= 0 {
		s.List.Selected = k
		s.List.scrollTo(k)
	}
	s.last = s.Selected()
}

// filter shows the items that hold every word of q, those where each
// word begins a word of the item first, then the shorter (the closer
// match: "ratified" finds "Ratified" before "Not ratified"), else in
// their own order; the best is selected.
func (s *SearchList) filter(q string) {
	s.query = q
	words := strings.Fields(strings.ToLower(q))
	type hit struct{ i, rank, n int }
	var hits []hit
	for i, it := range s.Items {
		low := strings.ToLower(it)
		rank, ok := 0, true
		for _, w := range words {
			at := strings.Index(low, w)
			if at < 0 {
				ok = false
				break
			}
			if !startsWord(low, w) {
				rank++
			}
		}
		if ok {
			hits = append(hits, hit{i, rank, len([]rune(it))})
		}
	}
	if len(words) > 0 {
		slices.SortStableFunc(hits, func(a, b hit) int {
			if a.rank != b.rank {
				return a.rank - b.rank
			}
			return a.n - b.n
		})
	}
	s.shown = s.shown[:0]
	for _, h := range hits {
		s.shown = append(s.shown, h.i)
	}
	s.List.Selected, s.List.scroll = 0, 0
}

// startsWord reports whether w begins a word somewhere in s.
func startsWord(s, w string) bool {
	for at := 0; at < len(s); {
		k := strings.Index(s[at:], w)
		if k < 0 {
			return false
		}
		k += at
		if k == 0 || !unicode.IsLetter(rune(s[k-1])) && !unicode.IsDigit(rune(s[k-1])) {
			return true
		}
		at = k + 1
	}
	return false
}

func (s *SearchList) choose(ctx *ui.Context) {
	if i := s.Selected(); i >= 0 && s.OnChoose != nil {
		s.OnChoose(ctx, i)
	}
}

// Focusable implements Widget.
func (s *SearchList) Focusable() bool { return !s.Disabled && len(s.Items) > 0 }

// SetBounds implements Widget: the box on top, as high as Place last
// said (a quarter until then), the list below it.
func (s *SearchList) SetBounds(r image.Rectangle) {
	s.Rect = r
	h := s.fieldH
	if h <= 0 {
		h = r.Dy() / 4
	}
	h = min(h, r.Dy())
	s.Field.SetBounds(image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+h))
	s.List.SetBounds(image.Rect(r.Min.X, r.Min.Y+h, r.Max.X, r.Max.Y))
}

// Place sets the bounds with a search box fieldH high.
func (s *SearchList) Place(r image.Rectangle, fieldH int) {
	s.fieldH = fieldH
	s.SetBounds(r)
}

// Tooltip implements Widget: the selected row's while it has the
// keyboard or the pointer is over the list, else the list's own.
func (s *SearchList) Tooltip() string {
	if s.List.hover >= 0 || s.List.focused {
		if t := s.List.Tooltip(); t != "" {
			return t
		}
	}
	return s.Tip
}

// Update implements Widget. The box takes the letters, the caret keys
// and Enter; the list, Up, Down, Page Up and Page Down and the pointer.
func (s *SearchList) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	fieldSt := State{Focused: st.Focused, Hovered: st.Hovered && in.Cursor().In(s.Field.Rect)}
	listSt := State{Focused: st.Focused, Hovered: st.Hovered && in.Cursor().In(s.List.Rect)}
	if st.Focused {
		// Up and Down go to the list before the box sees them, and stay
		// in it at either end rather than moving the focus on.
		n := len(s.shown)
		switch {
		case in.Action(ui.ActionUp):
			in.Consume(ui.ActionUp)
			s.List.Select(ctx, s.List.Selected-1)
		case in.Action(ui.ActionDown):
			in.Consume(ui.ActionDown)
			s.List.Select(ctx, min(s.List.Selected+1, n-1))
		}
	}
	s.Field.Update(ctx, fieldSt)
	// The list handles the pointer and the page keys; Home, End and
	// Enter went to the box.
	s.List.Update(ctx, listSt)
	if i := s.Selected(); i != s.last {
		s.last = i
		if s.OnSelect != nil {
			s.OnSelect(ctx, i)
		}
	}
}

// Draw implements Widget.
func (s *SearchList) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	fieldSt := State{Focused: st.Focused, Hovered: st.Hovered}
	s.Field.Draw(dst, th, fieldSt)
	s.List.Draw(dst, th, State{Focused: st.Focused})
}

// Spoken implements Speaker: what was typed and the selected row.
func (s *SearchList) Spoken() string {
	out := s.name + ", search list"
	if s.query != "" {
		out += fmt.Sprintf(", “%s”", s.query)
	}
	if i := s.Selected(); i >= 0 {
		return out + fmt.Sprintf(", item %d of %d: %s", s.List.Selected+1, len(s.shown), s.Items[i])
	}
	return out + ", nothing found"
}
