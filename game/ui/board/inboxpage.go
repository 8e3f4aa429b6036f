package board

import (
	"fmt"
	"strings"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// itemDoc is the page of an inbox item: a letter typed on paper, an
// agreement's terms, a decision, a report, a headline.
func (b *Board) itemDoc(it *inboxItem) prose.Doc {
	switch {
	case it.offer != nil:
		return b.offerDoc(it.offer)
	case it.agreement != nil:
		return b.agreementDoc(it.agreement)
	case it.dilemma != nil:
		return b.dilemmaDoc(it.dilemma)
	case it.intel != nil:
		return b.intelDoc(it.intel)
	case it.entry != nil:
		return newsDoc(b.snap.v, it.entry)
	}
	return nil
}

func (b *Board) offerDoc(o *game.Offer) prose.Doc {
	v := b.snap.v
	me := v.Actor
	var bs prose.Doc
	switch {
	case o.From == me:
		bs = append(bs, prose.Block{Kind: prose.Heading, Text: fmt.Sprintf("Your %s to %s", strings.ToLower(channelNoun(o.Channel)), names(v, o.To))})
	case contains(o.To, me):
		bs = append(bs, prose.Block{Kind: prose.Heading, Text: fmt.Sprintf("%s from %s", channelNoun(o.Channel), shortName(v, o.From))})
	default:
		bs = append(bs, prose.Block{Kind: prose.Heading, Text: fmt.Sprintf("%s's public offer to %s", shortName(v, o.From), names(v, o.To))})
	}
	meta := fmt.Sprintf("%s · to %s", channelTitle(o.Channel), names(v, o.To))
	if o.Forum != "" {
		meta += " · at the " + forumName(v, o.Forum)
	}
	if o.Sent > 0 {
		meta += fmt.Sprintf(" · sent turn %d", o.Sent)
	}
	meta += " · " + lapses(v, o.Expires)
	bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: meta})
	if o.Leaked {
		bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Bad, Text: "LEAKED: the press has printed it."})
	}
	if o.Text != "" {
		bs = append(bs, prose.Block{Kind: prose.Quote, Text: o.Text})
	}
	bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Terms"})
	for _, t := range o.Terms {
		c := b.actorRGBA(t.Actor)
		bs = append(bs, prose.Block{Kind: prose.Bullet, Text: termText(v, t), Colour: c})
	}
	bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: linkageWords[o.Linkage]})

	after, now := b.snap.utilityIf(o.Terms)
	tone := prose.Good
	if after < v.Reservation {
		tone = prose.Bad
	}
	bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Worth to you"},
		prose.Block{Kind: prose.Para, Tone: tone, Text: fmt.Sprintf("%.0f if carried out, against %.0f now. You need at least %.0f from a deal.", after, now, v.Reservation)})

	bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Status"})
	if ord, ok := b.orders.find("reply/" + o.ID); ok && contains(o.To, me) {
		bs = append(bs, prose.Block{Kind: prose.Para, Tone: prose.Accent, Text: "Your answer this turn: " + replyWord(ord) + ". Choose it again to take it back."})
	} else if contains(o.To, me) && canAnswer(v, o) {
		bs = append(bs, prose.Block{Kind: prose.Para, Text: "Awaiting your answer: it " + lapses(v, o.Expires) + "."})
	} else {
		bs = append(bs, prose.Block{Kind: prose.Para, Text: offerState(v, o) + "."})
	}
	for _, r := range o.Replies {
		if r.Kind != "" {
			bs = append(bs, prose.Block{Kind: prose.Bullet, Colour: b.actorRGBA(r.Actor),
				Text: fmt.Sprintf("%s: %s (turn %d)", shortName(v, r.Actor), replyPast(r.Kind), r.Turn)})
		}
	}
	// What the AI seats said about it.
	for _, r := range o.To {
		for _, e := range b.snap.expl[r] {
			if e.Offer != o.ID {
				continue
			}
			// Under the letter the seat's reasons are an aside; what
			// would turn its answer stays in the accent.
			for _, bl := range e.Doc(func(s string) string { return humanCause(v, s) }) {
				if bl.Tone == prose.Neutral {
					bl.Kind, bl.Tone = prose.Note, prose.Muted
				}
				bs = append(bs, bl)
			}
		}
	}
	return bs
}

func replyPast(k game.OrderKind) string {
	switch k {
	case game.OrderAccept:
		return "accepted"
	case game.OrderReject:
		return "rejected"
	case game.OrderCounter:
		return "countered"
	case game.OrderStall:
		return "stalled"
	}
	return string(k)
}

func forumName(v *game.View, id string) string {
	for _, f := range v.Scenario.Forums {
		if f.ID == id {
			return f.Name
		}
	}
	return id
}

func (b *Board) agreementDoc(ag *game.Agreement) prose.Doc {
	v := b.snap.v
	bs := prose.Doc{
		{Kind: prose.Heading, Text: "Agreement between " + names(v, ag.Parties)},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Made on turn %d · %s%s", ag.Turn, linkagePhrase(ag.Linkage), map[bool]string{true: " · public", false: " · private"}[ag.Public])},
		{Kind: prose.Caption, Text: "Terms"},
	}
	for k, t := range ag.Terms {
		state := string(t.Status)
		switch t.Status {
		case game.TermPending:
			state = fmt.Sprintf("due by turn %d", t.Deadline)
			if ord, ok := b.orders.find(fmt.Sprintf("term/%s/%d", ag.ID, k)); ok {
				state += " · this turn you " + map[bool]string{true: "fulfil it", false: "renege"}[ord.Kind == game.OrderFulfil]
			}
		case game.TermFulfilled:
			state = "fulfilled"
			if t.Disputed {
				state += ", disputed"
			}
		}
		tone := prose.Neutral
		if t.Status == game.TermReneged || t.Status == game.TermFailed {
			tone = prose.Bad
		}
		bs = append(bs, prose.Block{Kind: prose.Bullet, Tone: tone, Colour: b.actorRGBA(t.Actor), Text: termText(v, t.Term) + " — " + state})
	}
	bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted,
		Text: "Reneging costs trust with everyone who knows of the agreement. Loosely worded terms are verified after they are carried out, and may be disputed."})
	return bs
}

func (b *Board) dilemmaDoc(d *game.Dilemma) prose.Doc {
	v := b.snap.v
	bs := prose.Doc{
		{Kind: prose.Heading, Text: "A decision for you"},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Put to you on turn %d · decide by the end of turn %d", d.Posed, d.Deadline)},
	}
	if p := b.snap.prompts[d.ID]; p != "" {
		bs = append(bs, prose.Block{Kind: prose.Para, Text: p})
	}
	bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Choices"})
	for _, c := range b.snap.choices[d.ID] {
		text := choiceLabel(b.snap, d.ID, c.ID)
		if c.ID == d.Default {
			text += " (the default)"
		}
		bs = append(bs, prose.Block{Kind: prose.Bullet, Text: text})
	}
	switch {
	case d.Defaulted:
		bs = append(bs, prose.Block{Kind: prose.Para, Tone: prose.Accent, Text: "You did not decide in time, so the default was taken: " + choiceLabel(b.snap, d.ID, d.Choice) + "."})
	case d.Choice != "":
		bs = append(bs, prose.Block{Kind: prose.Para, Tone: prose.Accent, Text: "You decided: " + choiceLabel(b.snap, d.ID, d.Choice) + "."})
	case d.Deadline >= v.Turn:
		if ord, ok := b.orders.find("choose/" + d.ID); ok {
			bs = append(bs, prose.Block{Kind: prose.Para, Tone: prose.Accent, Text: "Your choice this turn: " + choiceLabel(b.snap, d.ID, ord.Choice) + "."})
		} else {
			bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: defaultWords(b.snap, d)})
		}
	}
	return bs
}

// defaultWords says which choice is taken without an answer, and when.
func defaultWords(sn *snapshot, d *game.Dilemma) string {
	when := fmt.Sprintf("by the end of turn %d", d.Deadline)
	if d.Deadline == sn.v.Turn {
		when = "this turn"
	}
	return fmt.Sprintf("If you do not decide %s, the default is taken: %s.", when, choiceLabel(sn, d.ID, d.Default))
}

func (b *Board) intelDoc(in *game.IntelReport) prose.Doc {
	v := b.snap.v
	title := "Intelligence report"
	if in.About != "" {
		title += " on " + shortName(v, in.About)
	}
	rel := in.Reliability
	return prose.Doc{
		{Kind: prose.Heading, Text: title},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Received turn %d", in.Turn)},
		{Kind: prose.Quote, Text: in.Text},
		{Kind: prose.Row, Text: "Stated reliability", Share: rel, Value: fmt.Sprintf("%.0f%%", rel*100)},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Sources like this are right about %s. Your beliefs moved by Bayes' rule, weighted by that: see the analyst panel.", oddsWords(rel))},
	}
}

// oddsWords says a probability as odds a reader feels: "three times in four".
func oddsWords(p float64) string {
	switch {
	case p >= 0.95:
		return "nineteen times in twenty"
	case p >= 0.88:
		return "nine times in ten"
	case p >= 0.78:
		return "four times in five"
	case p >= 0.7:
		return "three times in four"
	case p >= 0.62:
		return "two times in three"
	case p >= 0.45:
		return "half the time"
	}
	return fmt.Sprintf("%.0f%% of the time", p*100)
}

func newsDoc(v *game.View, e *game.Entry) prose.Doc {
	title := e.Headline
	if title == "" {
		title = map[game.EntryKind]string{game.KindLeak: "A leak", game.KindStatement: "A public statement",
			game.KindVote: "A vote", game.KindForum: "A summit opens", game.KindEnd: "The end"}[e.Kind]
	}
	if title == "" {
		title = "News"
	}
	bs := prose.Doc{
		{Kind: prose.Heading, Text: title},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Turn %d · %s", e.Turn, e.Date.Pretty())},
		{Kind: prose.Para, Text: humanCause(v, e.Text)},
	}
	if e.Kind == game.KindLeak || e.Kind == game.KindAudience {
		bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: "Publicity shrinks the space to manoeuvre: what is said in public is costly to take back."})
	}
	return bs
}

// itemActions lists the answers an item allows.
func (b *Board) itemActions(it *inboxItem) []itemAction {
	v := b.snap.v
	rules := v.Rules
	var out []itemAction
	switch {
	case it.offer != nil:
		o := it.offer
		if contains(o.To, v.Actor) && canAnswer(v, o) {
			cur, has := b.orders.find("reply/" + o.ID)
			is := func(k game.OrderKind, public bool) bool { return has && cur.Kind == k && cur.Public == public }
			reply := func(k game.OrderKind, public bool) func(*ui.Context) {
				return func(*ui.Context) {
					if is(k, public) {
						b.dropOrder("reply/" + o.ID)
						return
					}
					b.addOrder(game.Order{Kind: k, Offer: o.ID, Public: public})
				}
			}
			out = append(out,
				itemAction{label: "Accept", primary: true, chosen: is(game.OrderAccept, false), run: reply(game.OrderAccept, false),
					tip: "Agree to the terms. If every recipient accepts, it becomes an agreement and each side must carry out its terms. Free."},
				itemAction{label: "Reject", chosen: is(game.OrderReject, false), run: reply(game.OrderReject, false),
					tip: "Turn it down privately. Free."},
				itemAction{label: "Reject publicly", danger: true, chosen: is(game.OrderReject, true), run: reply(game.OrderReject, true),
					tip: fmt.Sprintf("Turn it down in public: the sender loses face, and you are seen to stand firm. Costs %s.", plural(rules.StatementCost, "point", "points"))},
				itemAction{label: "Counter…", chosen: has && cur.Kind == game.OrderCounter, run: func(ctx *ui.Context) { b.openCompose(ctx, o.ID) },
					tip: fmt.Sprintf("Reject it and propose other terms in the same breath. Costs like a message (a letter %s).", plural(rules.LetterCost, "point", "points"))},
				itemAction{label: "Stall", chosen: is(game.OrderStall, false), run: reply(game.OrderStall, false),
					tip: "Keep it open a turn longer without answering. Buys time, but the sender's trust in you slips."},
			)
		}
		if !o.Public && !o.Leaked && (o.From == v.Actor || (contains(o.To, v.Actor) && o.Arrives <= v.Turn)) {
			_, leaking := b.orders.find("leak/" + o.ID)
			out = append(out, itemAction{label: "Leak", danger: true, chosen: leaking,
				run: func(*ui.Context) {
					if leaking {
						b.dropOrder("leak/" + o.ID)
						return
					}
					b.addOrder(game.Order{Kind: game.OrderLeak, Offer: o.ID})
				},
				tip: fmt.Sprintf("Hand it to the press. The sender loses support at home and its recipients are embarrassed; whoever is betrayed trusts you less. Costs %s.", plural(rules.LeakCost, "point", "points"))})
		}
	case it.agreement != nil:
		ag := it.agreement
		for k, t := range ag.Terms {
			if t.Actor != v.Actor || t.Status != game.TermPending {
				continue
			}
			s := fmt.Sprintf("term/%s/%d", ag.ID, k)
			cur, has := b.orders.find(s)
			name := optionName(v, t.Issue, t.Option)
			// A loosely worded term carried out without a named option is
			// kept with the least move its wording allows, so "Fulfil:
			// Signed" names Signed: the button does what it says, and the
			// least move is a choice of its own.
			claim := ""
			if t.Vague {
				claim = t.Option
			}
			term := func(kind game.OrderKind, option string) func(*ui.Context) {
				return func(*ui.Context) {
					if has && cur.Kind == kind && cur.Option == option {
						b.dropOrder(s)
						return
					}
					b.addOrder(game.Order{Kind: kind, Agreement: ag.ID, TermIndex: k, Option: option})
				}
			}
			out = append(out,
				itemAction{label: "Fulfil: " + name, primary: true, chosen: has && cur.Kind == game.OrderFulfil && cur.Option == claim, run: term(game.OrderFulfil, claim),
					tip: "Carry out your term: " + termText(v, t.Term) + ". Keeping your word builds trust."},
				itemAction{label: "Renege: " + name, danger: true, chosen: has && cur.Kind == game.OrderRenege, run: term(game.OrderRenege, ""),
					tip: "Refuse to carry out " + termText(v, t.Term) + ". Everyone who knows of the deal will trust you less."},
			)
			if least, ok := leastKeep(v, t.Term); ok {
				out = append(out, itemAction{label: "Keep it loosely: " + least, chosen: has && cur.Kind == game.OrderFulfil && cur.Option == "", run: term(game.OrderFulfil, ""),
					tip: "The promise was loosely worded, so " + least + " keeps it too, with less of a move (unless that would need someone else's consent or break your public word). The others may dispute that you kept it."})
			}
		}
	case it.dilemma != nil:
		d := it.dilemma
		if d.Choice == "" && d.Deadline >= v.Turn {
			cur, has := b.orders.find("choose/" + d.ID)
			for _, c := range b.snap.choices[d.ID] {
				id := c.ID
				chosen := has && cur.Choice == id
				tip := "Decide: " + choiceLabel(b.snap, d.ID, id) + ". Free."
				if id == d.Default {
					tip += " " + defaultWords(b.snap, d)
				}
				out = append(out, itemAction{label: choiceLabel(b.snap, d.ID, id), chosen: chosen,
					tip: tip,
					run: func(*ui.Context) {
						if chosen {
							b.dropOrder("choose/" + d.ID)
							return
						}
						b.addOrder(game.Order{Kind: game.OrderChoose, Dilemma: d.ID, Choice: id})
					}})
			}
		}
	}
	if len(out) > actionSlots {
		out = out[:actionSlots]
	}
	return out
}

// leastKeep names the option a loosely worded term of the viewer's is
// kept with when carried out without a named option (the wiggle room its
// wording buys), and says whether that differs from the option named.
func leastKeep(v *game.View, t game.Term) (string, bool) {
	if !t.Vague {
		return "", false
	}
	i := issueIndex(v, t.Issue)
	if i < 0 {
		return "", false
	}
	j := v.Scenario.LeastMove(t, v.Options[i], nil)
	if j < 0 || v.Scenario.Issues[i].Options[j].ID == t.Option {
		return "", false
	}
	return optionName(v, t.Issue, v.Scenario.Issues[i].Options[j].ID), true
}
