package ai

import (
	"fmt"
	"strings"

	"backchannel/game"
)

// Plain-words descriptions of terms and offers, built from the scenario's
// names so that explanations read as the game does.

func (c *ctx) issueName(i int) string {
	if n := c.m.sc.Issues[i].Name; n != "" {
		return n
	}
	return c.m.sc.Issues[i].ID
}

func (c *ctx) optionName(i, j int) string {
	o := c.m.sc.Issues[i].Options[j]
	if o.Name != "" {
		return o.Name
	}
	return o.ID
}

// sayTerm reads "Atlantis sets Forward base to delay".
func (c *ctx) sayTerm(t term) string { return c.sayTermAs(t, true) }

// sayTermAs reads "Atlantis sets ..." or, after "had", "Atlantis set ...".
func (c *ctx) sayTermAs(t term, finite bool) string {
	verb := "set"
	if finite {
		verb = "sets"
	}
	s := c.name(t.actor) + " " + verb + " " + c.issueName(t.issue) + " to " + c.optionName(t.issue, t.option)
	if t.vague {
		s += " (loosely worded)"
	}
	return s
}

func (c *ctx) sayTerms(ts []term) string {
	parts := make([]string, len(ts))
	for n, t := range ts {
		parts[n] = c.sayTerm(t)
	}
	return strings.Join(parts, "; ")
}

func (c *ctx) names(as []int) string {
	parts := make([]string, len(as))
	for n, a := range as {
		parts[n] = c.name(a)
	}
	switch len(parts) {
	case 0:
		return "nobody"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func sayLinkage(lk game.Linkage) string {
	switch lk {
	case game.LinkExplicit:
		return "an explicit trade"
	case game.LinkImplicit:
		return "an implicit link"
	}
	return "no stated link"
}

func sayChannel(ch game.Channel, forum string) string {
	switch ch {
	case game.ChannelForum:
		return "face to face at " + forum
	case game.ChannelPublic:
		return "in public"
	}
	return "by private letter"
}

// score rounds a utility for display.
func score(u float64) string { return fmt.Sprintf("%.0f", u) }

// scores rounds two utilities for display, with a decimal when whole
// numbers would hide the difference between them.
func scores(a, b float64) (string, string) {
	sa, sb := score(a), score(b)
	if sa == sb && a != b {
		return fmt.Sprintf("%.1f", a), fmt.Sprintf("%.1f", b)
	}
	return sa, sb
}
