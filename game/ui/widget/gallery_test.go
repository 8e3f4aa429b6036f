package widget

import (
	"fmt"
	"image"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/uitest"
)

// gallery lays out one of each widget, in several states.
func gallery() (*Form, []Widget) {
	var terms []string
	for i := range 12 {
		terms = append(terms, fmt.Sprintf("Intel report %d", i+1))
	}
	panel := NewPanel(PanelConfig{Title: "Compose offer"})
	paper := NewPanel(PanelConfig{Title: "Letter to Moscow", Paper: true})
	ws := []Widget{
		panel, paper,
		NewButton(ButtonConfig{Text: "Send privately", Style: ButtonPrimary, Tooltip: "Send the offer as a private letter."}),
		NewButton(ButtonConfig{Text: "Publish", Tooltip: "Make it a public statement."}),
		NewButton(ButtonConfig{Text: "Leak", Disabled: true}),
		NewButton(ButtonConfig{Text: "Menu entry", Style: ButtonMenu}),
		NewToggle(ToggleConfig{Label: "Implicit linkage", On: true}),
		NewToggle(ToggleConfig{Label: "Ask for ratification"}),
		NewChoice(ChoiceConfig{Label: "Channel", Options: []string{"Letter", "Summit", "Statement"}, Selected: 1}),
		NewTabs(TabsConfig{Labels: []string{"Inbox", "Intel", "Headlines"}, Selected: 1}),
		NewList(ListConfig{Items: terms, Selected: 2}),
		NewTextInput(TextInputConfig{Text: "Третий позиционный район — ŁÓDŹ", Tooltip: "Title of the offer"}),
		NewTextInput(TextInputConfig{Placeholder: "Name this save"}),
		galleryLetter(),
	}
	return NewForm(ws...), ws
}

func layoutGallery(th *ui.Theme, ws []Widget) {
	s := func(v int) int { return th.Pxi(float64(v)) }
	ws[0].SetBounds(image.Rect(s(20), s(20), s(520), s(580)))
	ws[1].SetBounds(image.Rect(s(540), s(20), s(980), s(580)))
	y := s(80)
	for i, w := range ws[2:6] {
		w.SetBounds(ui.Rect(s(40), y+i*s(52), s(220), s(44)))
	}
	for i, w := range ws[6:9] {
		w.SetBounds(ui.Rect(s(280), y+i*s(56), s(220)+s(0), s(48)))
	}
	ws[8].SetBounds(ui.Rect(s(40), y+s(212), s(460), s(48)))
	ws[9].SetBounds(ui.Rect(s(40), y+s(272), s(460), s(44)))
	ws[10].SetBounds(ui.Rect(s(40), y+s(330), s(220), s(150)))
	ws[11].SetBounds(ui.Rect(s(280), y+s(330), s(220), s(44)))
	ws[12].SetBounds(ui.Rect(s(280), y+s(386), s(220), s(44)))
	ws[13].SetBounds(ws[1].(*Panel).Content(th).Inset(-s(ui.MetricPad)))
}

func TestGalleryGolden(t *testing.T) {
	uitest.NeedWindow(t)
	for _, tc := range []struct {
		name string
		pal  ui.Palette
	}{{"widgets", ui.StandardPalette()}, {"widgets-cb", ui.ColourBlindPalette()}} {
		r := newRig(t)
		rec := ui.NewTextRecord()
		th := ui.NewTheme(testFonts, tc.pal, 1).Recording(rec)
		r.ctx.Theme = th
		form, ws := gallery()
		r.form = form
		layoutGallery(th, ws)
		// Focus the first text field, hover the secondary button long
		// enough for its tooltip.
		form.Focus(ws[11])
		r.script.Move(center(ws[3].Bounds())).Wait(TooltipDelay + 1)
		r.run()
		dst := ebiten.NewImage(th.Pxi(1000), th.Pxi(600))
		dst.Fill(th.Palette.Background)
		rec.Frame(dst.Bounds(), func() { form.Draw(dst, th) })
		uitest.Golden(t, tc.name, uitest.ReadImage(dst))
		uitest.GoldenText(t, filepath.Join(uitest.GoldenDir(), tc.name+".png"), rec)
		dst.Deallocate()
	}
}

// galleryLetter is a letter on paper, as the inbox shows one.
func galleryLetter() *Doc {
	d := NewDoc(DocPage, true, "")
	d.Set(prose.Doc{{Kind: prose.Quote, Text: "Mr President,\n\nThe plans for the third site could be affected if the threat from Tehran " +
		"were reduced. We would welcome Moscow's help with that.\n\nThis letter is not a proposal of a trade."}})
	return d
}
