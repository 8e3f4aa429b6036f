package board

import (
	"errors"
	"fmt"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/wording"
)

// Words for the things the board shows. They read only the view's
// scenario, the common knowledge, and are pure so tests need no window.

// actorIndex returns the index of an actor id in the view, or -1.
func actorIndex(v *game.View, id string) int {
	for i, a := range v.Scenario.Actors {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// shortName is the name the board uses for an actor: its short name, or
// its full name, or its id.
func shortName(v *game.View, id string) string {
	if i := actorIndex(v, id); i >= 0 {
		a := v.Scenario.Actors[i]
		switch {
		case a.Short != "":
			return a.Short
		case a.Name != "":
			return a.Name
		}
	}
	return id
}

// names joins actors' short names: "Borvia", "Borvia and Cestria",
// "Borvia, Cestria and Varn".
func names(v *game.View, ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = shortName(v, id)
	}
	switch len(parts) {
	case 0:
		return "nobody"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// issueIndex returns the index of an issue id, or -1.
func issueIndex(v *game.View, id string) int {
	for i, is := range v.Scenario.Issues {
		if is.ID == id {
			return i
		}
	}
	return -1
}

// optionIndex returns the index of an option of issue i, or -1.
func optionIndex(v *game.View, i int, id string) int {
	if i < 0 || i >= len(v.Scenario.Issues) {
		return -1
	}
	for j, o := range v.Scenario.Issues[i].Options {
		if o.ID == id {
			return j
		}
	}
	return -1
}

// issueName returns an issue's display name.
func issueName(v *game.View, id string) string {
	if i := issueIndex(v, id); i >= 0 && v.Scenario.Issues[i].Name != "" {
		return v.Scenario.Issues[i].Name
	}
	return id
}

// optionName returns an option's display name.
func optionName(v *game.View, issue, option string) string {
	i := issueIndex(v, issue)
	if j := optionIndex(v, i, option); j >= 0 && v.Scenario.Issues[i].Options[j].Name != "" {
		return v.Scenario.Issues[i].Options[j].Name
	}
	return option
}

// termText says a term in words: "Borvia: Sanctions on Varn → Support".
func termText(v *game.View, t game.Term) string {
	s := fmt.Sprintf("%s: %s → %s", shortName(v, t.Actor), issueName(v, t.Issue), optionName(v, t.Issue, t.Option))
	if t.Vague {
		s += " (loosely worded)"
	}
	if t.Secret {
		s += " (secret)"
	}
	return s
}

// termsShort says a package briefly, for one-line summaries.
func termsShort(v *game.View, ts []game.Term) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = fmt.Sprintf("%s → %s", issueName(v, t.Issue), optionName(v, t.Issue, t.Option))
	}
	return strings.Join(parts, "; ")
}

// Linkage and channel in a line each, for the compose dialog and letters.
var linkageWords = map[game.Linkage]string{
	game.LinkNone:     "No linkage: each term stands alone. Nothing to deny, nothing to embarrass anyone.",
	game.LinkImplicit: "Implicit: the trade is hinted, never stated. Deniable if it leaks, but easier to misread.",
	game.LinkExplicit: "Explicit: a stated quid pro quo. Clear, but costly at home for both sides if it leaks.",
}

var channelWords = map[game.Channel]string{
	game.ChannelPrivate: "Private letter: arrives next turn; may leak.",
	game.ChannelForum:   "Forum meeting: face to face at an open summit, and answered before the turn ends.",
	game.ChannelPublic:  "Public: everyone sees it at once; backing down later costs face.",
}

// linkageTitle and channelTitle are the short names in pickers.
func linkageTitle(l game.Linkage) string {
	switch l {
	case game.LinkImplicit:
		return "Implicit"
	case game.LinkExplicit:
		return "Explicit"
	}
	return "None"
}

// linkagePhrase is "no linkage", "implicit linkage" or "explicit linkage",
// inside a sentence.
func linkagePhrase(l game.Linkage) string {
	if l == game.LinkImplicit || l == game.LinkExplicit {
		return strings.ToLower(linkageTitle(l)) + " linkage"
	}
	return "no linkage"
}

func channelTitle(c game.Channel) string {
	switch c {
	case game.ChannelForum:
		return "Forum meeting"
	case game.ChannelPublic:
		return "Public"
	}
	return "Private letter"
}

// turnDate is the first day of turn t, short: "17 Mar".
func turnDate(v *game.View, t int) string {
	d := v.Scenario.Calendar.DateOfTurn(t)
	return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
}

// lapses says when an offer expiring after turn expires lapses, in words
// that stay true at the end of the game: an offer whose expiry lies past
// the last turn never lapses in this game.
func lapses(v *game.View, expires int) string {
	switch {
	case expires >= v.Scenario.Calendar.Turns():
		return "open until the game ends"
	case expires <= v.Turn:
		return "lapses after this turn"
	}
	return fmt.Sprintf("lapses after turn %d", expires)
}

// plural returns "1 point" or "2 points".
func plural(n int, one, many string) string { return wording.Plural(n, one, many) }

// orderText says an order in a few words, for the list of this turn's
// orders.
func orderText(v *game.View, o game.Order) string {
	offerFrom := func() string {
		if off := v.Offer(o.Offer); off != nil {
			return shortName(v, off.From)
		}
		return "?"
	}
	switch o.Kind {
	case game.OrderPropose:
		return fmt.Sprintf("%s to %s", channelNoun(o.Channel), names(v, o.To))
	case game.OrderCounter:
		return "Counter-offer to " + offerFrom()
	case game.OrderAccept:
		return "Accept " + offerFrom() + "'s offer"
	case game.OrderReject:
		if o.Public {
			return "Publicly reject " + offerFrom()
		}
		return "Reject " + offerFrom() + "'s offer"
	case game.OrderStall:
		return "Stall " + offerFrom()
	case game.OrderLeak:
		return "Leak " + offerFrom() + "'s offer"
	case game.OrderStatement:
		verb := "Insist on"
		if o.Oppose {
			verb = "Rule out"
		}
		return fmt.Sprintf("%s %s (%s)", verb, optionName(v, o.Issue, o.Option), issueName(v, o.Issue))
	case game.OrderMove:
		return fmt.Sprintf("Move %s → %s", issueName(v, o.Issue), optionName(v, o.Issue, o.Option))
	case game.OrderFulfil:
		return "Fulfil " + agreedTermText(v, o)
	case game.OrderRenege:
		return "Renege on " + agreedTermText(v, o)
	case game.OrderChoose:
		return "Decide: " + o.Choice
	}
	return string(o.Kind)
}

func channelNoun(c game.Channel) string {
	switch c {
	case game.ChannelForum:
		return "Meeting"
	case game.ChannelPublic:
		return "Public offer"
	}
	return "Letter"
}

func agreedTermText(v *game.View, o game.Order) string {
	for _, ag := range v.Agreements {
		if ag.ID == o.Agreement && o.TermIndex >= 0 && o.TermIndex < len(ag.Terms) {
			t := ag.Terms[o.TermIndex]
			return issueName(v, t.Issue) + " → " + optionName(v, t.Issue, t.Option)
		}
	}
	return "a term of a deal"
}

// errorWords says each rule an order can break in plain words.
var errorWords = []struct {
	err  error
	text string
}{
	{game.ErrNoCapital, "Not enough political capital left this turn. Drop another order, or choose a cheaper channel."},
	{game.ErrNoTerms, "Add at least one term: what each side would do."},
	{game.ErrBadRecipient, "Choose who receives it: at least one other government."},
	{game.ErrTermActor, "A term binds a government that is not a recipient. Add it as a recipient, or drop the term."},
	{game.ErrNoForum, "No open forum where all of you meet. Send a letter, or wait for the summit."},
	{game.ErrSummitOnly, "The summit is in session: only answers to the offers made there count now. Answer them, then end the turn."},
	{game.ErrNotController, "You do not control that issue: someone else decides it."},
	{game.ErrNeedsConsent, "That option needs another government's consent: only an agreement can bring it about."},
	{game.ErrNoChange, "The issue already stands at that option."},
	{game.ErrOfferExpired, "That offer has lapsed."},
	{game.ErrAlreadyAnswered, "That offer has already been answered."},
	{game.ErrNotRecipient, "That offer was not sent to you, or has not arrived yet."},
	{game.ErrCannotLeak, "Only a private offer you have seen, or the secret terms of a deal you are party to, can be leaked."},
	{game.ErrAllSecret, "A public offer needs at least one term that is not secret: everyone would read an empty offer."},
	{game.ErrDuplicate, "You already gave an order about that this turn."},
	{game.ErrTermClosed, "That term is no longer pending."},
	{game.ErrNotYourTerm, "That term binds another government."},
	{game.ErrUnknownDilemma, "That decision is closed."},
	{game.ErrGameOver, "The episode is over."},
	{game.ErrTooMany, "Too many orders for one turn."},
	{game.ErrUnknownOption, "Choose an option for the issue."},
	{game.ErrUnknownIssue, "Choose an issue."},
	{game.ErrPromiseNotControlled, "A term can promise only what its government decides: bind whoever controls that issue."},
	{game.ErrConsentOutside, "That option needs the consent of a government outside the offer: add it as a recipient, or choose another option."},
	{game.ErrIrreversible, "That issue has gone too far to be undone."},
	{game.ErrNotNear, "That option does not keep the loosely worded promise."},
}

// plainError says why orders failed, naming the order when it is not the
// one being written (index is that order's position, or -1).
func plainError(v *game.View, err error, orders []game.Order, current int) string {
	if err == nil {
		return ""
	}
	text := ""
	for _, w := range errorWords {
		if errors.Is(err, w.err) {
			text = w.text
			break
		}
	}
	if text == "" {
		text = strings.TrimPrefix(err.Error(), "game: ")
	}
	var oe *game.OrderError
	if errors.As(err, &oe) && oe.Index != current && oe.Index >= 0 && oe.Index < len(orders) &&
		!errors.Is(err, game.ErrNoCapital) {
		text = fmt.Sprintf("%q: %s", orderText(v, orders[oe.Index]), text)
	}
	return text
}

// humanCause rewrites an engine cause such as "rejected o1, a public
// position" for players: "rejected your letter, a public position".
func humanCause(v *game.View, cause string) string {
	return wording.Cause(cause, func(id string) string {
		o := v.Offer(id)
		if o == nil {
			return ""
		}
		return wording.Possessive(shortName(v, o.From), o.From == v.Actor) + " " + strings.ToLower(channelNoun(o.Channel))
	})
}
