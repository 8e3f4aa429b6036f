package widget

import (
	"image"
	"testing"
)

func TestPanelContent(t *testing.T) {
	r := newRig(t)
	th := r.ctx.Theme
	plain := NewPanel(PanelConfig{})
	titled := NewPanel(PanelConfig{Title: "Display"})
	for _, p := range []*Panel{plain, titled} {
		p.SetBounds(image.Rect(100, 100, 500, 400))
		if c := p.Content(th); !c.In(p.Bounds()) || c.Empty() {
			t.Errorf("content %v not inside %v", c, p.Bounds())
		}
	}
	if titled.Content(th).Min.Y <= plain.Content(th).Min.Y {
		t.Error("a title pushes the content down")
	}
	// Before its height is known the content still starts in the right place.
	titled.SetBounds(image.Rect(100, 100, 500, 100))
	if got := titled.Content(th).Min; got.Y <= 100 || got.X <= 100 {
		t.Errorf("content of an unsized panel starts at %v", got)
	}
	if plain.Focusable() {
		t.Error("panels take no focus")
	}
}
