package scenario

import (
	"fmt"
	"slices"

	"backchannel/game"
)

func (c *checker) forum(i int) {
	fd := c.f.Forums[i]
	p := joinIndex("forums", i)
	if fd.Date.Set {
		c.dateLint(joinKey(p, "date"), fd.Date.D, "the forum")
	}
	c.refs(joinKey(p, "attendees"), "actor", fd.Attendees, c.actors)
	c.s.Forums = append(c.s.Forums, game.ForumDef{ID: fd.ID, Name: fd.Name, Date: fd.Date.D, Days: fd.Days, Attendees: fd.Attendees})
}

func (c *checker) opening(i int) {
	o := c.f.Opening[i]
	p := joinIndex("opening", i)
	c.ref(joinKey(p, "from"), "actor", o.From, c.actors)
	c.refs(joinKey(p, "to"), "actor", o.To, c.actors)
	for k, to := range o.To {
		if to == o.From && to != "" {
			c.r.errVal(joinIndex(joinKey(p, "to"), k), "", "an offer cannot be addressed to its sender")
		}
	}
	for k := range i {
		if o.Tag != "" && c.f.Opening[k].Tag == o.Tag {
			c.r.errVal(joinKey(p, "tag"), "give each offer its own tag", "duplicate offer tag %q", o.Tag)
			break
		}
	}
	if o.Held && o.Date.Set {
		c.r.errVal(joinKey(p, "held"), "drop held to send it on its date, or drop the date to let an event send it",
			"an offer cannot both wait for an event (held) and have a date")
	}
	if o.Held && o.Tag == "" {
		c.r.errKey(p, "add tag = \"...\" and send it with { kind = \"send_offer\", offer = \"...\" }",
			"a held offer needs a tag, or no event can send it")
	}
	if o.Forum != "" {
		o = c.atForum(p, o)
	} else if o.Date.Set {
		c.dateLint(joinKey(p, "date"), o.Date.D, "the letter")
	}
	c.ifHuman(p, o)
	def := game.OpeningOffer{Tag: o.Tag, Date: o.Date.D, Held: o.Held, IfHuman: o.IfHuman, Forum: o.Forum, From: o.From, To: o.To, Linkage: game.Linkage(o.Linkage), Channel: game.Channel(o.Channel),
		Expires: o.Expires, Text: o.Text}
	for k, t := range o.Terms {
		tp := joinIndex(joinKey(p, "terms"), k)
		if c.ref(joinKey(tp, "actor"), "actor", t.Actor, c.actors) && t.Actor != o.From && !contains(o.To, t.Actor) {
			c.r.errVal(joinKey(tp, "actor"), "a term can bind only the sender or a recipient",
				"the term binds %s, who is not a party to the offer", t.Actor)
		}
		if c.ref(joinKey(tp, "issue"), "issue", t.Issue, c.issues) {
			if c.ref(joinKey(tp, "option"), "option", t.Option, c.options[c.issueIndex(t.Issue)], "of issue "+t.Issue) {
				c.promise(tp, t, append([]string{o.From}, o.To...))
			}
		}
		def.Terms = append(def.Terms, game.Term{Actor: t.Actor, Issue: t.Issue, Option: t.Option, Vague: t.Vague, Secret: t.Secret})
	}
	if o.Channel == string(game.ChannelPublic) && len(o.Terms) > 0 && !slices.ContainsFunc(o.Terms, func(t termDef) bool { return !t.Secret }) {
		c.r.errVal(joinKey(p, "channel"), "make one term open (drop its secret = true), or send the offer privately",
			"a public offer whose every term is secret says nothing in public")
	}
	c.s.Opening = append(c.s.Opening, def)
}

// atForum checks an offer made face to face at a forum: a known forum,
// no channel (a meeting is its own), every party among its attendees and
// a date it meets on. It returns the offer dated the forum's first day
// when it gives no date and waits for no event.
func (c *checker) atForum(p string, o openingDef) openingDef {
	if o.Channel != "" {
		c.r.errVal(joinKey(p, "channel"), "drop channel: words at a forum are spoken face to face",
			"an offer made at a forum has no channel")
	}
	if !c.ref(joinKey(p, "forum"), "forum", o.Forum, c.forums) {
		return o
	}
	fd := c.f.Forums[slices.Index(c.forums, o.Forum)]
	if !fd.Date.Set {
		return o
	}
	for _, a := range append([]string{o.From}, o.To...) {
		if a != "" && contains(c.actors, a) && !contains(fd.Attendees, a) {
			c.r.errVal(joinKey(p, "forum"), "add "+a+" to the forum's attendees, or drop forum to send the offer as a letter",
				"%s does not attend forum %s, so the offer cannot be made there", a, o.Forum)
		}
	}
	last := fd.Date.D.AddDays(max(fd.Days, 1) - 1)
	switch {
	case o.Date.Set && (o.Date.D.Before(fd.Date.D) || last.Before(o.Date.D)):
		c.r.errVal(joinKey(p, "date"), fmt.Sprintf("give a day from %s to %s, or drop date to make it on the first", fd.Date.D, last),
			"the forum %s does not meet on %s", o.Forum, o.Date.D)
	case !o.Date.Set && !o.Held:
		o.Date = fd.Date
	}
	return o
}

// promise checks that an opening term promises only what its actor
// decides, with any consent it needs from a party to the offer, as the
// engine requires of every offer.
func (c *checker) promise(tp string, t termDef, parties []string) {
	is := c.f.Issues[c.issueIndex(t.Issue)]
	if t.Actor != "" && is.Controller != "" && t.Actor != is.Controller {
		c.r.errVal(joinKey(tp, "actor"), "a term can only promise what its actor decides: make "+is.Controller+" the actor, or drop the term",
			"%s does not decide issue %s (%s does)", t.Actor, t.Issue, is.Controller)
		return
	}
	for _, cr := range is.Consent {
		if len(cr.Options) > 0 && !contains(cr.Options, t.Option) {
			continue
		}
		for _, need := range cr.Actors {
			if need != t.Actor && !contains(parties, need) {
				c.r.errVal(joinKey(tp, "option"), "add "+need+" to the offer's recipients, or promise another option",
					"%s.%s needs %s's consent, and %s is not party to the offer", t.Issue, t.Option, need, need)
			}
		}
	}
}

// lintHeld warns about held offers that no event sends: they never reach
// the table.
func (c *checker) lintHeld() {
	for i, o := range c.f.Opening {
		if o.Held && o.Tag != "" && !c.sent[o.Tag] {
			c.r.warnVal(joinKey(joinIndex("opening", i), "tag"), fmt.Sprintf("send it with { kind = \"send_offer\", offer = %q } in an event", o.Tag),
				"offer %s is held but no event sends it", o.Tag)
		}
	}
}

// ifHuman checks a scheduled letter's if_human and, for a prompt, adds the
// event that asks the human sender: on the letter's date, only when its
// sender is played by a person, a choice to send the letter as written or
// not. Left unanswered, it is not sent: no words go out in a player's name
// without the player.
func (c *checker) ifHuman(p string, o openingDef) {
	if o.IfHuman == "" || o.IfHuman == game.IfHumanSend {
		return
	}
	if !o.Date.Set {
		c.r.errVal(joinKey(p, "if_human"), "give the letter a date, or drop if_human",
			"if_human applies to a scheduled letter, and this offer has no date")
		return
	}
	if o.IfHuman != game.IfHumanPrompt {
		return
	}
	if o.Tag == "" {
		c.r.errKey(p, "add tag = \"...\" to the letter",
			"a letter that asks its sender first needs a tag")
		return
	}
	id := "send_" + o.Tag
	if slices.ContainsFunc(c.f.Events, func(e eventDef) bool { return e.ID == id }) {
		c.r.errVal(joinKey(p, "tag"), "rename the event "+id+" or this tag",
			"the letter's question to its sender is event %s, and an event already has that id", id)
		return
	}
	to := make([]string, len(o.To))
	for k, a := range o.To {
		to[k] = c.actorName(a)
	}
	prompt := fmt.Sprintf("On %s, as history has it, you send %s this letter. Send it?", o.Date.D.Pretty(), joinWords(to))
	if o.Forum != "" {
		prompt = fmt.Sprintf("On %s, as history has it, you put this to %s face to face. Say it?", o.Date.D.Pretty(), joinWords(to))
	}
	if o.Text != "" {
		prompt += " " + o.Text
	}
	c.s.Events = append(c.s.Events, game.EventDef{ID: id, Name: "Your letter to " + joinWords(to), ForHuman: o.From,
		Date: o.Date.D, Audience: []string{o.From}, Headline: "A letter to send",
		Dilemma: &game.DilemmaDef{Actor: o.From, Prompt: prompt, Default: "hold", Deadline: 1, Choices: []game.ChoiceDef{
			{ID: "send", Label: "Send it as written", Effects: []game.Effect{{Kind: game.EffectSendOffer, Offer: o.Tag}}},
			{ID: "hold", Label: "Do not send it"},
		}}})
}

// actorName is an actor's short name (or name), for text the loader writes.
func (c *checker) actorName(id string) string {
	for _, a := range c.f.Actors {
		if a.ID == id {
			if a.Short != "" {
				return a.Short
			}
			return a.Name
		}
	}
	return id
}
