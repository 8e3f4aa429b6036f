package widget

import (
	"fmt"
	"strings"

	"backchannel/game/ui"
)

// Speaker is a control of another package that says itself for the
// screen-reader mirror (see Spoken).
type Speaker interface {
	Spoken() string
}

// Spoken says a control as a screen reader would: its label, its kind and
// its state, e.g. "New game, button" or "Colour-blind palette, switch, on".
func Spoken(w Widget) string {
	if w == nil {
		return ""
	}
	var s string
	switch w := w.(type) {
	case Speaker:
		s = w.Spoken()
	case *Button:
		s = w.Text + ", button"
	case *Toggle:
		s = w.Label + ", switch, " + map[bool]string{true: "on", false: "off"}[w.On]
	case *Choice:
		s = w.Label + ", choice"
		if w.Selected >= 0 && w.Selected < len(w.Options) {
			s += ", " + w.Options[w.Selected]
		}
	case *Tabs:
		s = "tabs"
		if w.Selected >= 0 && w.Selected < len(w.Labels) {
			s = fmt.Sprintf("%s, tab %d of %d", w.Labels[w.Selected], w.Selected+1, len(w.Labels))
		}
	case *TextInput:
		s = "text field"
		if w.Placeholder != "" {
			s = w.Placeholder + ", text field"
		}
		if t := w.Text(); t != "" {
			s += ", " + t
		}
	case *Label:
		s = w.Text
	case *Panel:
		s = w.Title
	}
	if b, ok := w.(interface{ base() *Base }); ok && b.base().Disabled {
		s += ", unavailable"
	}
	return s
}

// firstWords is the start of a long text, enough to tell which it is.
func firstWords(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

func (b *Base) base() *Base { return b }

// Describe says where the form's focus is for the screen-reader mirror:
// the focused control, its tooltip (or the tooltip on the screen, when the
// mouse shows another's), and whether it is the first or the last control
// that Tab reaches.
func (f *Form) Describe() ui.Description {
	first, last := -1, -1
	for i, w := range f.widgets {
		if canFocus(w) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	fw := f.Focused()
	var d ui.Description
	if fw == nil {
		// Tab focuses the first control, if there is one to focus.
		d.AtFirst, d.AtLast = first < 0, first < 0
	} else {
		d.Focus, d.Tip = Spoken(fw), fw.Tooltip()
		if d.Focus == "" {
			d.Focus = firstWords(d.Tip)
		}
		d.AtFirst, d.AtLast = f.focus == first, f.focus == last
	}
	if tip := f.TooltipShown(); tip != "" {
		d.Tip = tip // the tooltip on the screen, under the mouse or a long press
	}
	return d
}

// Describe implements ui.Describer: the dialog's title and text, and its
// focused button.
func (d *Dialog) Describe() ui.Description {
	out := d.form.Describe()
	out.Dialog = d.Title
	if d.Body != "" {
		out.Dialog = strings.TrimPrefix(d.Title+". "+d.Body, ". ")
	}
	return out
}

// Spoken implements Speaker: the selected item and where it stands, or
// for rows that draw themselves, the list's name and the selected row's
// tooltip, which says the row in words.
func (l *List) Spoken() string {
	n := l.Len()
	ok := l.Selected >= 0 && l.Selected < n
	if l.Count == nil {
		if !ok {
			return "list"
		}
		return fmt.Sprintf("%s, item %d of %d", l.Items[l.Selected], l.Selected+1, n)
	}
	s := l.Name + ", list"
	if ok && l.RowTip != nil {
		s += fmt.Sprintf(", item %d of %d: %s", l.Selected+1, n, l.RowTip(l.Selected))
	}
	return s
}
