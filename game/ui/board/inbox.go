package board

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/widget"
)

// inbox is the inbox panel: filters, the list of items, the selected
// item's page, and the answers it allows as buttons below it.
type inbox struct {
	b       *Board
	filters *chipSet
	list    *rowList
	detail  *docView
	actions []*button // a fixed set of slots, shown as the item needs
	all     []inboxItem
	shown   []int // indexes into all that pass the filter
	filter  int
	selKey  string
	acts    []itemAction
	perRow  int // answer buttons a row: 2 for a deal's terms (fulfil beside renege), else 3
	rect    image.Rectangle
}

// itemAction is an answer an item allows: Accept, Fulfil, a choice.
type itemAction struct {
	label, tip      string
	run             func(ctx *ui.Context)
	primary, danger bool
	chosen          bool // the order is already among this turn's
}

const actionSlots = 8

func newInbox(b *Board) *inbox {
	ib := &inbox{b: b}
	var chips []chip
	for _, f := range filters {
		chips = append(chips, chip{label: f.name, tip: f.tip})
	}
	chips[0].on = true
	ib.filters = &chipSet{p: b.paint, chips: chips, single: true, size: 12,
		onToggle: func(ctx *ui.Context, i int) { ib.filter = i; ib.refilter() }}
	ib.filters.Tip = "Show only some of the inbox."
	ib.list = newRowList("inbox", b.paint, "Nothing here yet.")
	ib.list.Tip = "Your inbox: letters, agreements, decisions, intelligence and news. Up and Down choose; the page below shows it."
	ib.list.Count = func() int { return len(ib.shown) }
	ib.list.version = func() int { return b.version }
	ib.list.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(inboxRowH) }
	ib.list.DrawRow = ib.drawRow
	ib.list.RowTip = func(i int) string {
		it := ib.all[ib.shown[i]]
		return it.title + ". " + it.sub
	}
	ib.list.OnSelect = func(ctx *ui.Context, i int) { ib.selKey = ib.all[ib.shown[i]].key; ib.showSelected() }
	ib.detail = newDocView(b.paint, true, "")
	ib.detail.Tip = "The selected item. Scroll with the wheel, or the arrow keys when it has focus."
	for range actionSlots {
		btn := &button{p: b.paint}
		btn.Hidden = true
		ib.actions = append(ib.actions, btn)
	}
	return ib
}

// widgets returns the inbox's widgets in focus order.
func (ib *inbox) widgets() []widget.Widget {
	ws := []widget.Widget{ib.filters, ib.list, ib.detail}
	for _, a := range ib.actions {
		ws = append(ws, a)
	}
	return ws
}

// rebuild lists the items again (after a refresh or a change of orders),
// keeping the selection.
func (ib *inbox) rebuild() {
	ib.all = inboxItems(ib.b.snap, &ib.b.orders)
	ib.refilter()
}

func (ib *inbox) refilter() {
	ib.b.version++
	ib.shown = ib.shown[:0]
	sel := -1
	for i, it := range ib.all {
		if filters[ib.filter].has(it.kind) {
			if it.key == ib.selKey {
				sel = len(ib.shown)
			}
			ib.shown = append(ib.shown, i)
		}
	}
	if sel < 0 && len(ib.shown) > 0 {
		sel = 0
	}
	ib.list.Selected = max(sel, 0)
	if sel >= 0 {
		ib.selKey = ib.all[ib.shown[sel]].key
	}
	ib.showSelected()
}

// selected returns the selected item, or nil.
func (ib *inbox) selected() *inboxItem {
	if ib.list.Selected < 0 || ib.list.Selected >= len(ib.shown) {
		return nil
	}
	return &ib.all[ib.shown[ib.list.Selected]]
}

// showSelected fills the page and the answer buttons for the selection.
func (ib *inbox) showSelected() {
	it := ib.selected()
	if it == nil {
		ib.detail.setBlocks(prose.Doc{{Kind: prose.Note, Tone: prose.Muted, Text: "Nothing selected."}})
		ib.acts = nil
	} else {
		ib.detail.setBlocks(ib.b.itemDoc(it))
		ib.acts = ib.b.itemActions(it)
	}
	ib.perRow = 3
	if it != nil && it.agreement != nil {
		ib.perRow = 2
	}
	for k, btn := range ib.actions {
		if k >= len(ib.acts) {
			btn.Hidden = true
			continue
		}
		a := ib.acts[k]
		btn.Hidden = false
		btn.text, btn.Tip, btn.primary, btn.danger = a.label, a.tip, a.primary || a.chosen, a.danger
		if a.chosen {
			btn.text = "• " + a.label
		}
		run := a.run
		btn.onClick = func(ctx *ui.Context) { run(ctx) }
	}
	ib.layoutActions()
}

// layout places the inbox in r.
func (ib *inbox) layout(th *ui.Theme, r image.Rectangle) {
	ib.rect = r
	body := cardBody(th, r)
	ib.filters.SetBounds(image.Rect(body.Min.X, body.Min.Y, body.Max.X, body.Min.Y+th.Pxi(inboxFiltersH)))
	fh := ib.filters.Height(th)
	ib.filters.SetBounds(image.Rect(body.Min.X, body.Min.Y, body.Max.X, body.Min.Y+fh))
	top := body.Min.Y + fh + th.Pxi(ui.SpaceLine)
	listH := max(th.Pxi(inboxRowH)*2, (body.Max.Y-top)*36/100)
	listH = listH / th.Pxi(inboxRowH) * th.Pxi(inboxRowH)
	ib.list.SetBounds(image.Rect(body.Min.X, top, body.Max.X, top+listH))
	ib.layoutActions()
}

// layoutActions puts the answer buttons in rows (of three, or two for a
// deal's terms) at the foot of the panel and gives the page the rest.
func (ib *inbox) layoutActions() {
	th := ib.b.theme
	if th == nil || ib.rect.Empty() {
		return
	}
	body := cardBody(th, ib.rect)
	n := min(len(ib.acts), actionSlots)
	perRow := ib.perRow
	if perRow == 0 {
		perRow = 3
	}
	rows := (n + perRow - 1) / perRow
	bh, gap := th.Pxi(inboxActionH), th.Pxi(ui.SpaceSmall)
	top := body.Max.Y - rows*bh - max(0, rows-1)*gap
	for k := range n {
		row, col := k/perRow, k%perRow
		inRow := min(perRow, n-row*perRow)
		w := (body.Dx() - gap*(inRow-1)) / inRow
		x := body.Min.X + col*(w+gap)
		y := top + row*(bh+gap)
		ib.actions[k].SetBounds(image.Rect(x, y, x+w, y+bh))
	}
	dtop := ib.list.Bounds().Max.Y + th.Pxi(ui.SpaceLine)
	dbottom := body.Max.Y
	if n > 0 {
		dbottom = top - th.Pxi(ui.SpaceLine)
	}
	ib.detail.SetBounds(image.Rect(body.Min.X, dtop, body.Max.X, dbottom))
}

// draw draws the card behind the inbox's widgets.
func (ib *inbox) draw(dst *ebiten.Image, th *ui.Theme) {
	note := plural(len(ib.all), "item", "items")
	if n := ib.waiting(); n > 0 {
		note = fmt.Sprintf("%d to answer · %s", n, note)
	}
	drawCard(dst, th, ib.b.paint, ib.rect, "Inbox", note)
}

// drawRow draws one inbox item: its tag, title, summary and turn.
func (ib *inbox) drawRow(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs widget.RowState) {
	pal := th.Palette
	it := ib.all[ib.shown[i]]
	p := ib.b.paint
	v := ib.b.snap.v
	drawRowBack(dst, th, r, rs)
	x0, x1 := r.Min.X+th.Pxi(ui.SpaceBlock), r.Max.X-th.Pxi(ui.SpaceGap)
	y := r.Min.Y + th.Pxi(ui.SpaceSmall)
	tagBg := ui.Mix(pal.Background, pal.BorderStrong, 0.5)
	tagFg := pal.TextMuted
	if ai := actorIndex(v, it.actor); ai >= 0 {
		c := actorColour(pal, v.Scenario.Actors[ai].Colour, ai)
		tagBg, tagFg = ui.Mix(pal.Background, c, 0.45), pal.Text
	}
	if it.urgent {
		tagBg, tagFg = pal.Accent, pal.OnAccent
	}
	tw := pill(dst, th, p, x0, y, th.Pxi(inboxLineH), it.tag, th.FaceOf(ui.FontBold, 9.5), tagFg, tagBg, th.Pxi(inboxTagW))
	turnW := th.Pxi(inboxTurnW)
	// Title and summary are abridged: the item's page below says it all.
	p.text(dst, it.title, image.Rect(x0+tw+th.Pxi(pillPad), y-th.Pxi(ui.MetricBorder), x1-turnW, y+th.Pxi(inboxLineH+ui.MetricBorder)),
		ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 13), Color: pal.Text, VAlign: ui.AlignCenter, Abridged: true})
	if it.turn > 0 {
		p.line(dst, fmt.Sprintf("T%d", it.turn), image.Rect(x1-turnW, y, x1, y+th.Pxi(inboxLineH)), th.FaceOf(ui.FontRegular, 11), pal.TextMuted, ui.AlignEnd)
	}
	sc := pal.TextMuted
	if it.urgent {
		sc = pal.AccentBright
	}
	p.text(dst, it.sub, image.Rect(x0, y+th.Pxi(ui.SpaceLoose), x1, y+th.Pxi(ui.SpaceLoose+inboxLineH)),
		ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 12), Color: sc, VAlign: ui.AlignCenter, Abridged: true})
}

// waiting counts the items that wait for the player's answer or decision
// and have none yet.
func (ib *inbox) waiting() int {
	n := 0
	for _, it := range ib.all {
		if it.waiting {
			n++
		}
	}
	return n
}

// awaitWords says how many items wait for the player: "1 letter awaits
// your answer", "2 await your answer".
func awaitWords(items []inboxItem) string {
	n, letters := 0, 0
	for _, it := range items {
		if it.waiting {
			n++
			if it.kind == itemLetterIn {
				letters++
			}
		}
	}
	switch {
	case n == 0:
		return ""
	case letters == n && n == 1:
		return "1 letter awaits your answer"
	case letters == n:
		return fmt.Sprintf("%d letters await your answer", n)
	case n == 1:
		return "1 matter awaits your answer"
	}
	return fmt.Sprintf("%d matters await your answer", n)
}
