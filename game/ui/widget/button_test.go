package widget

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestButtonClick(t *testing.T) {
	n := 0
	b := NewButton(ButtonConfig{Text: "Send", OnClick: func(*ui.Context) { n++ }, Tooltip: "Send the offer"})
	r := newRig(t, b)
	rows(b)
	r.click(b)
	if n != 1 {
		t.Errorf("click: %d", n)
	}
	// Press inside, release outside: no click, as on every desktop.
	r.script.Move(center(b.Bounds()))
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	raw := ui.RawInput{Cursor: center(b.Bounds()), Buttons: []ebiten.MouseButton{ebiten.MouseButtonLeft}}
	r.in.Next(raw)
	r.form.Update(r.ctx)
	r.in.Next(ui.RawInput{Cursor: image.Pt(0, 0)})
	r.form.Update(r.ctx)
	if n != 1 {
		t.Errorf("drag off: %d clicks", n)
	}
	r.form.Focus(b)
	r.press(ebiten.KeySpace)
	r.press(ebiten.KeyEnter)
	if n != 3 {
		t.Errorf("Space and Enter: %d clicks in all, want 3", n)
	}
	if b.Tooltip() != "Send the offer" {
		t.Error("tooltip lost")
	}
}

func TestButtonDisabled(t *testing.T) {
	n := 0
	b := NewButton(ButtonConfig{Text: "Send", OnClick: func(*ui.Context) { n++ }, Disabled: true})
	r := newRig(t, b)
	rows(b)
	r.click(b)
	r.form.FocusFirst()
	r.press(ebiten.KeyEnter)
	if n != 0 || b.Focusable() {
		t.Errorf("disabled button clicked %d times, focusable %v", n, b.Focusable())
	}
}

func TestButtonPreferredSize(t *testing.T) {
	r := newRig(t)
	short := NewButton(ButtonConfig{Text: "OK"}).PreferredSize(r.ctx.Theme)
	long := NewButton(ButtonConfig{Text: "Propose the package"}).PreferredSize(r.ctx.Theme)
	if long.X <= short.X || long.Y != short.Y {
		t.Errorf("sizes %v and %v", short, long)
	}
}
