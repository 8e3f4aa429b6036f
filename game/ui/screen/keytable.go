package screen

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// KeyRow is one line of a KeyTable: the keys, and what they do.
type KeyRow struct {
	Keys []string
	What string
}

// KeyTable lists keys as key caps beside what they do, in as many columns
// as its height needs.
type KeyTable struct {
	widget.Base
	Rows []KeyRow
}

// KeyRows returns the table rows for the actions in controlRows, keys
// taken from keymap. Numeric-keypad twins are left out: they work, and
// listing them would only crowd the table.
func KeyRows(k ui.Keymap) []KeyRow {
	var rows []KeyRow
	for _, r := range controlRows {
		var keys []string
		for _, key := range k.KeysFor(r.action) {
			if !strings.Contains(key, "Num ") {
				keys = append(keys, key)
			}
		}
		rows = append(rows, KeyRow{Keys: keys, What: r.what})
	}
	return rows
}

// Focusable implements widget.Widget.
func (k *KeyTable) Focusable() bool { return false }

// Update implements widget.Widget.
func (k *KeyTable) Update(*ui.Context, widget.State) {}

// rowHeight is the height of one row.
func rowHeight(th *ui.Theme) int { return th.Pxi(keyRowH) }

// keysWidth returns the width of a row's key caps with "or" between them.
func keysWidth(th *ui.Theme, keys []string) int {
	w := 0.0
	for i, k := range keys {
		if i > 0 {
			w += th.Px(keyColumnSep)
		}
		w += keycapWidth(th, k)
	}
	return int(w + 0.5)
}

// Draw implements widget.Widget.
func (k *KeyTable) Draw(dst *ebiten.Image, th *ui.Theme, _ widget.State) {
	p := th.Palette
	rh := rowHeight(th)
	perCol := max(1, k.Rect.Dy()/rh)
	cols := (len(k.Rows) + perCol - 1) / perCol
	colW := k.Rect.Dx() / max(1, cols)
	keysW := 0
	for _, row := range k.Rows {
		keysW = max(keysW, keysWidth(th, row.Keys))
	}
	keysW = min(keysW+th.Pxi(ui.SpaceLoose), colW*3/5)
	or := th.Face(ui.TextSmall)
	for i, row := range k.Rows {
		x0 := k.Rect.Min.X + (i/perCol)*colW
		y := k.Rect.Min.Y + (i%perCol)*rh
		x := float64(x0)
		capY := y + (rh-th.Pxi(ui.SpaceSection))/2
		for j, key := range row.Keys {
			sep := 0.0
			if j > 0 {
				sep = th.Px(keyColumnSep)
			}
			if x+sep+keycapWidth(th, key) > float64(x0+keysW) {
				break // no room: the first keys are the usual ones
			}
			if j > 0 {
				ui.DrawTextBox(dst, "or", ui.Rect(int(x), y, int(sep), rh),
					ui.TextOptions{Face: or, Color: p.TextDisabled, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
			}
			x += sep
			x += drawKeycap(dst, th, key, x, capY)
		}
		what := image.Rect(x0+keysW, y, x0+colW-th.Pxi(ui.SpaceBlock), y+rh)
		ui.DrawTextBox(dst, row.What, what, ui.TextOptions{Face: th.Face(ui.TextBody), Color: p.Text, VAlign: ui.AlignCenter})
	}
}
