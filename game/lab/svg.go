package lab

import (
	"fmt"
	"html"
	"strings"
)

// palette is Okabe and Ito's, safe for colour-blind readers; options of an
// issue take its colours in order.
func palette() []string {
	return []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}
}

// bar is one bar of a horizontal bar chart.
type bar struct {
	label     string
	value, ci float64
	colour    string
	text      string
}

// barChart draws horizontal bars on a 0-top scale with optional interval
// whiskers and a dashed reference line at ref (none if ref <= 0).
func barChart(bars []bar, top, ref float64) string {
	const labelW, plotW, rowH, pad = 150, 300, 24, 6
	textW := 0
	for _, b := range bars {
		textW = max(textW, 7*len(b.text))
	}
	width, height := labelW+plotW+textW+2*pad, len(bars)*rowH+2*pad
	x := func(v float64) float64 { return labelW + plotW*min(max(v, 0), top)/top }
	var s strings.Builder
	fmt.Fprintf(&s, `<svg viewBox="0 0 %d %d" width="100%%" role="img" xmlns="http://www.w3.org/2000/svg">`, width, height)
	for n, b := range bars {
		y := pad + n*rowH
		fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="end">%s</text>`, labelW-6, y+rowH-8, html.EscapeString(b.label))
		fmt.Fprintf(&s, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`, labelW, y+3, x(b.value)-labelW, rowH-6, b.colour)
		if b.ci > 0 {
			fmt.Fprintf(&s, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#333" stroke-width="1.5"/>`, x(b.value-b.ci), x(b.value+b.ci), y+rowH/2, y+rowH/2)
		}
		fmt.Fprintf(&s, `<text x="%.1f" y="%d">%s</text>`, x(b.value+b.ci)+5, y+rowH-8, html.EscapeString(b.text))
	}
	if ref > 0 {
		fmt.Fprintf(&s, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#333" stroke-dasharray="4 3"/>`, x(ref), x(ref), pad, height-pad)
	}
	s.WriteString("</svg>")
	return s.String()
}

// stack is one row of a stacked 100% bar chart.
type stack struct {
	label  string
	shares []float64
}

// stackChart draws each row's shares as one 100% bar, with a legend of
// the options.
func stackChart(rows []stack, options []string) string {
	const labelW, plotW, rowH, pad = 110, 360, 26, 6
	colours := palette()
	legendH := 20 * ((len(options) + 1) / 2)
	width, height := labelW+plotW+2*pad, len(rows)*rowH+legendH+3*pad
	var s strings.Builder
	fmt.Fprintf(&s, `<svg viewBox="0 0 %d %d" width="100%%" role="img" xmlns="http://www.w3.org/2000/svg">`, width, height)
	for n, row := range rows {
		y := pad + n*rowH
		fmt.Fprintf(&s, `<text x="%d" y="%d" text-anchor="end">%s</text>`, labelW-6, y+rowH-9, html.EscapeString(row.label))
		at := float64(labelW)
		for j, sh := range row.shares {
			w := plotW * sh
			if w > 0 {
				fmt.Fprintf(&s, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %.0f%%</title></rect>`,
					at, y+3, w, rowH-6, colours[j%len(colours)], html.EscapeString(options[j]), 100*sh)
				if w >= 34 {
					fmt.Fprintf(&s, `<text x="%.1f" y="%d" text-anchor="middle" fill="#fff">%.0f%%</text>`, at+w/2, y+rowH-9, 100*sh)
				}
			}
			at += w
		}
	}
	for j, op := range options {
		x, y := pad+(j%2)*(width/2), len(rows)*rowH+2*pad+(j/2)*20
		fmt.Fprintf(&s, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`, x, y, colours[j%len(colours)], x+17, y+11, html.EscapeString(op))
	}
	s.WriteString("</svg>")
	return s.String()
}
