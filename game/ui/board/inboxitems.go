package board

import (
	"fmt"
	"sort"
	"strings"

	"backchannel/game"
)

// itemKind is what an inbox item is.
type itemKind int

const (
	itemLetterIn itemKind = iota
	itemLetterOut
	itemAgreement
	itemDilemma
	itemIntel
	itemNews
)

// filter is an inbox filter: which kinds it shows.
type filter struct {
	name  string
	kinds []itemKind
	tip   string
}

var filters = []filter{
	{"All", nil, "Everything, what needs you first."},
	{"Letters", []itemKind{itemLetterIn, itemLetterOut}, "Offers received and sent, and the answers to yours."},
	{"Deals", []itemKind{itemAgreement, itemDilemma}, "Agreements and their terms, and decisions put to you."},
	{"Intel", []itemKind{itemIntel}, "Intelligence reports, each with its stated reliability."},
	{"News", []itemKind{itemNews}, "Headlines: events, leaks, statements, votes."},
}

func (f filter) has(k itemKind) bool {
	if f.kinds == nil {
		return true
	}
	for _, x := range f.kinds {
		if x == k {
			return true
		}
	}
	return false
}

// inboxItem is one row of the inbox.
type inboxItem struct {
	kind   itemKind
	key    string // stable across refreshes: kind and id
	turn   int
	seq    int
	actor  string // whose colour the row carries
	tag    string
	title  string
	sub    string
	urgent bool
	// waiting is an urgent item the player has given no order for yet: a
	// letter to answer or a decision due, as the count on End turn says.
	waiting bool

	offer     *game.Offer
	agreement *game.Agreement
	dilemma   *game.Dilemma
	intel     *game.IntelReport
	entry     *game.Entry
}

// newsKinds are the log entries the inbox shows as headlines. The others
// are shown elsewhere (offers, intel, beliefs) or are bookkeeping.
var newsKinds = map[game.EntryKind]bool{
	game.KindEvent: true, game.KindLeak: true, game.KindStatement: true, game.KindVote: true,
	game.KindOption: true, game.KindMove: true, game.KindForum: true, game.KindAudience: true,
	game.KindEnd: true, game.KindRenege: true, game.KindVerify: true, game.KindFulfil: true,
	game.KindChoice: true, game.KindControl: true,
}

// inboxItems lists what the seat has received, sent and heard: what needs
// an answer first, then the newest first.
func inboxItems(sn *snapshot, book *orderBook) []inboxItem {
	v := sn.v
	me := v.Actor
	var out []inboxItem
	for i := range v.Offers {
		o := &v.Offers[i]
		it := inboxItem{offer: o, turn: max(o.Sent, o.Arrives), actor: o.From, key: "offer/" + o.ID}
		switch {
		case o.From == me:
			it.kind, it.tag = itemLetterOut, "SENT"
			it.title = fmt.Sprintf("%s to %s", channelNoun(o.Channel), names(v, o.To))
			it.sub = offerState(v, o)
			if len(o.To) == 1 {
				it.actor = o.To[0]
			}
		case contains(o.To, me):
			it.kind, it.tag = itemLetterIn, "LETTER"
			if o.Channel == game.ChannelForum {
				it.tag = "MEETING"
			}
			if o.CounterTo != "" {
				it.tag = "COUNTER"
			}
			it.title = fmt.Sprintf("%s from %s", channelNoun(o.Channel), shortName(v, o.From))
			it.urgent = canAnswer(v, o)
			if it.urgent {
				if ord, ok := book.find("reply/" + o.ID); ok {
					it.sub = "Your answer: " + replyWord(ord)
				} else {
					it.waiting = true
					it.sub = "Awaiting your answer · " + lapses(v, o.Expires)
				}
			} else {
				it.sub = offerState(v, o)
			}
		default:
			it.kind, it.tag = itemNews, "PUBLIC"
			it.title = fmt.Sprintf("%s offers %s", shortName(v, o.From), names(v, o.To))
			it.sub = termsShort(v, o.Terms)
		}
		out = append(out, it)
	}
	for i := range v.Agreements {
		ag := &v.Agreements[i]
		it := inboxItem{kind: itemAgreement, agreement: ag, turn: ag.Turn, key: "agreement/" + ag.ID, tag: "DEAL",
			title: "Agreement: " + names(v, ag.Parties)}
		pending, mine := 0, 0
		for k, t := range ag.Terms {
			if t.Status == game.TermPending {
				pending++
				if t.Actor == me {
					mine++
					_, ordered := book.find(fmt.Sprintf("term/%s/%d", ag.ID, k))
					it.waiting = it.waiting || (t.Deadline <= v.Turn && !ordered)
				}
			}
		}
		switch {
		case mine > 0:
			it.urgent = true
			it.sub = fmt.Sprintf("%s of yours to carry out", plural(mine, "term", "terms"))
		case pending > 0:
			it.sub = fmt.Sprintf("%s pending", plural(pending, "term", "terms"))
		default:
			it.sub = "Settled"
		}
		for _, p := range ag.Parties {
			if p != me {
				it.actor = p
				break
			}
		}
		out = append(out, it)
	}
	for i := range v.Dilemmas {
		d := &v.Dilemmas[i]
		it := inboxItem{kind: itemDilemma, dilemma: d, turn: d.Posed, key: "dilemma/" + d.ID, tag: "DECIDE",
			title: firstLine(sn.prompts[d.ID], "A decision for you")}
		switch {
		case d.Defaulted:
			it.sub = "Default taken: " + choiceLabel(sn, d.ID, d.Choice)
		case d.Choice != "":
			it.sub = "Decided: " + choiceLabel(sn, d.ID, d.Choice)
		case d.Deadline < v.Turn:
			it.sub = "Closed"
		default:
			it.urgent = true
			if ord, ok := book.find("choose/" + d.ID); ok {
				it.sub = "Your choice: " + choiceLabel(sn, d.ID, ord.Choice)
			} else {
				it.waiting = true
				it.sub = fmt.Sprintf("Decide by turn %d; else %s", d.Deadline, choiceLabel(sn, d.ID, d.Default))
			}
		}
		out = append(out, it)
	}
	for i := range v.Intel {
		in := &v.Intel[i]
		it := inboxItem{kind: itemIntel, intel: in, turn: in.Turn, key: "intel/" + in.ID, tag: "INTEL", actor: in.About,
			title: "Report", sub: fmt.Sprintf("%.0f%% reliable · %s", in.Reliability*100, firstLine(in.Text, ""))}
		if in.About != "" {
			it.title = "Report on " + shortName(v, in.About)
		}
		out = append(out, it)
	}
	for i := range sn.log {
		e := &sn.log[i]
		if !newsKinds[e.Kind] {
			continue
		}
		it := inboxItem{kind: itemNews, entry: e, turn: e.Turn, seq: e.Seq, key: fmt.Sprintf("news/%d", e.Seq),
			tag: newsTag(e), actor: e.Actor}
		text := humanCause(v, e.Text) // the log names offers by id
		it.title = e.Headline
		it.sub = firstLine(text, "")
		if it.title == "" {
			it.title, it.sub = firstLine(text, string(e.Kind)), ""
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.urgent != b.urgent {
			return a.urgent
		}
		if a.turn != b.turn {
			return a.turn > b.turn
		}
		return a.seq > b.seq
	})
	return out
}

func newsTag(e *game.Entry) string {
	switch e.Kind {
	case game.KindLeak:
		return "LEAK"
	case game.KindStatement, game.KindAudience:
		return "STANCE"
	case game.KindVote:
		return "VOTE"
	case game.KindForum:
		return "SUMMIT"
	case game.KindOption, game.KindMove, game.KindControl:
		return "MOVE"
	}
	return "NEWS"
}

// canAnswer reports whether the seat may still answer offer o.
func canAnswer(v *game.View, o *game.Offer) bool {
	if o.Status != game.OfferOpen || o.Arrives > v.Turn || o.Expires < v.Turn {
		return false
	}
	if v.Summit && (o.Channel != game.ChannelForum || o.Sent != v.Turn) {
		return false // a summit session takes only answers to the offers made there
	}
	for _, r := range o.Replies {
		if r.Actor == v.Actor {
			return r.Kind == "" || r.Kind == game.OrderStall
		}
	}
	return false
}

// offerState says where an offer stands, for a one-line summary.
func offerState(v *game.View, o *game.Offer) string {
	switch o.Status {
	case game.OfferAccepted:
		return "Accepted"
	case game.OfferRejected:
		for _, r := range o.Replies {
			if r.Kind == game.OrderReject {
				return "Rejected by " + shortName(v, r.Actor)
			}
		}
		return "Rejected"
	case game.OfferCountered:
		return "Answered with a counter-offer"
	case game.OfferExpired:
		return "Lapsed unanswered"
	}
	if o.Arrives > v.Turn {
		return fmt.Sprintf("In transit · arrives turn %d", o.Arrives)
	}
	var waiting []string
	for _, r := range o.Replies {
		if r.Kind == "" || r.Kind == game.OrderStall {
			waiting = append(waiting, r.Actor)
		}
	}
	if len(waiting) > 0 && o.From == v.Actor {
		return fmt.Sprintf("Awaiting %s · %s", names(v, waiting), lapses(v, o.Expires))
	}
	l := lapses(v, o.Expires)
	if rest, ok := strings.CutPrefix(l, "open "); ok {
		return "Open " + rest // not "Open · open until the game ends"
	}
	return "Open · " + l
}

// replyWord names a pending answer.
func replyWord(o game.Order) string {
	switch o.Kind {
	case game.OrderAccept:
		return "accept"
	case game.OrderReject:
		if o.Public {
			return "reject publicly"
		}
		return "reject"
	case game.OrderCounter:
		return "counter-offer"
	case game.OrderStall:
		return "stall"
	}
	return string(o.Kind)
}

func choiceLabel(sn *snapshot, dilemma, choice string) string {
	return labelOf(sn.choices[dilemma], choice)
}

// labelOf is the words of a dilemma's choice, or its id if it has none.
func labelOf(choices []game.ChoiceDef, choice string) string {
	for _, c := range choices {
		if c.ID == choice {
			if c.Label != "" {
				return c.Label
			}
			break
		}
	}
	return choice
}

// firstLine returns the first line of s, or def when s is empty.
func firstLine(s, def string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return def
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
