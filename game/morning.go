package game

import (
	"strconv"
	"strings"
)

// morning opens the day: forums open, due events fire, offers arrive or
// expire. It runs at the start of every turn, before the orders.
func (g *Game) morning() {
	g.logf(Entry{Kind: KindTurn, Public: true, Cause: "calendar", New: float64(g.Turn),
		Text: "Turn " + strconv.Itoa(g.Turn) + " of " + strconv.Itoa(g.TurnsTotal()) + ": " + g.Date.Pretty() + "."})
	g.openForums()
	g.scheduledLetters()
	g.fireEvents()
	for _, off := range g.Offers {
		if off.Status == OfferOpen && off.Expires < g.Turn {
			off.Status = OfferExpired
			g.logf(Entry{Kind: KindExpire, Actor: off.From, Offer: off.ID, Public: off.Public, Seen: off.To, Cause: "no answer in time",
				Text: "The offer from " + g.name(off.From) + " to " + g.names(off.To) + " lapses unanswered."})
		}
		if off.Arrives == g.Turn && off.Sent > 0 && off.Channel != ChannelForum { // words at a forum do not travel
			g.logf(Entry{Kind: KindArrive, Actor: off.From, Other: strings.Join(off.To, ","), Offer: off.ID, Public: off.Public, Seen: off.To, Cause: string(off.Channel),
				Text: "A message from " + g.name(off.From) + " reaches " + g.names(off.To) + "."})
		}
	}
}

// scheduledLetters delivers the scenario's dated offers whose day falls in
// this turn (those dated before the start, on turn 1).
func (g *Game) scheduledLetters() {
	for _, o := range g.Scen.Opening {
		if o.Date.IsZero() || o.Held {
			continue
		}
		if (o.IfHuman == IfHumanPrompt || o.IfHuman == IfHumanSkip) && g.Setup.IsHuman(o.From) {
			continue // asked by its own event (prompt), or left to the player
		}
		if max(g.Scen.Calendar.TurnOf(o.Date), 1) == g.Turn {
			g.openOffer(o, "scheduled letter of "+o.Date.Pretty())
		}
	}
}

// turnEnd is the last day of the current turn.
func (g *Game) turnEnd() Date { return g.Date.AddDays(g.Scen.Calendar.DaysOfTurn(g.Turn) - 1) }

func (g *Game) openForums() {
	g.Forums = g.Forums[:0]
	if g.Rules.Off.Forums {
		return
	}
	end := g.turnEnd()
	for f, fd := range g.Scen.Forums {
		last := fd.Date.AddDays(max(fd.Days, 1) - 1)
		if !end.Before(fd.Date) && !last.Before(g.Date) {
			g.Forums = append(g.Forums, f)
			g.logf(Entry{Kind: KindForum, Event: fd.ID, Public: true, Cause: "calendar",
				Text: fd.Name + " opens (" + fd.Date.Pretty() + "): " + g.names(fd.Attendees) + " meet face to face."})
		}
	}
}

// fireEvents fires every due event in scenario order. A dated event is due
// from its date on, once its condition (if any) holds; an undated one
// whenever its condition holds. Either is settled after one roll of its
// chance, except a repeating event, which may fire again.
func (g *Game) fireEvents() {
	end := g.turnEnd()
	f := facts{g}
	for e := range g.Scen.Events {
		ev := &g.Scen.Events[e]
		if g.settled[e] || (ev.ForHuman != "" && !g.Setup.IsHuman(ev.ForHuman)) {
			continue
		}
		if !ev.Date.IsZero() && end.Before(ev.Date) {
			continue
		}
		if ev.When == nil && ev.Date.IsZero() {
			continue
		}
		if ev.When != nil && !ev.When.Holds(f) {
			continue
		}
		g.settled[e] = !ev.Repeat
		if g.eventRolls(ev) {
			g.fire(e)
		}
	}
}

// eventRolls decides whether a due event happens in this game's mode.
func (g *Game) eventRolls(ev *EventDef) bool {
	if g.Setup.Historical {
		return ev.Mode != EventWhatIf
	}
	if ev.Mode == EventHistorical && ev.Chance == 0 {
		return true
	}
	if ev.Chance <= 0 || ev.Chance >= 1 {
		return true
	}
	return g.rand() < ev.Chance
}

func (g *Game) fire(e int) {
	ev := &g.Scen.Events[e]
	g.Fired[e] = true
	g.logf(Entry{Kind: KindEvent, Event: ev.ID, Headline: ev.Headline, Text: ev.Text, Public: len(ev.Audience) == 0, Seen: ev.Audience, Cause: "event " + ev.ID})
	g.applyEffects(ev.Effects, "event "+ev.ID)
	for _, in := range ev.Intel {
		g.deliverIntel(in, ev.ID)
	}
	if d := ev.Dilemma; d != nil {
		dl := d.Deadline
		if dl <= 0 {
			dl = 1
		}
		dm := &Dilemma{ID: "d" + strconv.Itoa(len(g.Dilemmas)+1), Event: e, Actor: d.Actor, Posed: g.Turn, Deadline: g.Turn + dl - 1}
		g.Dilemmas = append(g.Dilemmas, dm)
		g.logf(Entry{Kind: KindDilemma, Actor: d.Actor, Event: ev.ID, Dilemma: dm.ID, Cause: "event " + ev.ID, Text: d.Prompt})
	}
	if ev.Ends {
		g.Over = true
		g.logf(Entry{Kind: KindEnd, Event: ev.ID, Public: true, Cause: "event " + ev.ID, Text: "The episode ends: " + ev.Headline})
	}
}

// deliverIntel hands a report to its recipient. A report about a type names
// the truth with its stated reliability; its recipient updates its beliefs
// knowing that reliability, as a careful analyst would.
func (g *Game) deliverIntel(in IntelDef, cause string) {
	rep := &IntelReport{ID: "i" + strconv.Itoa(len(g.Intel)+1), To: in.To, Turn: g.Turn, About: in.About, Text: in.Text, Reliability: in.Reliability, True: !in.False}
	to, about := g.ActorIndex(in.To), g.ActorIndex(in.About)
	if in.Text == "" && about >= 0 && to >= 0 {
		types := g.Scen.Actors[about].Types
		claim := g.Types[about]
		rep.True = true
		if len(types) > 1 && g.rand() >= in.Reliability {
			claim = (claim + 1 + int(g.rand()*float64(len(types)-1))) % len(types)
			rep.True = false
		}
		rep.Claim = types[claim].ID
		rep.Text = "Sources suggest " + g.name(in.About) + "'s leadership is best read as: " + types[claim].Name + "."
		lik := make([]float64, len(types))
		for k := range lik {
			if k == claim {
				lik[k] = in.Reliability
			} else {
				lik[k] = (1 - in.Reliability) / float64(len(types)-1)
			}
		}
		g.Intel = append(g.Intel, rep)
		g.logf(Entry{Kind: KindIntel, Actor: in.To, Other: in.About, Old: in.Reliability, Cause: cause, Text: rep.Text})
		g.bayes(to, about, lik, "intel report "+rep.ID+" ("+strconv.FormatFloat(in.Reliability*100, 'f', 0, 64)+"% reliable)")
		return
	}
	g.Intel = append(g.Intel, rep)
	g.logf(Entry{Kind: KindIntel, Actor: in.To, Other: in.About, Old: in.Reliability, Cause: cause, Text: rep.Text})
}
