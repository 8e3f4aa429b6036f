package game

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseOrder reads an order written in the short text form used by the
// rule case files and the text console:
//
//	propose B,C [none|implicit|explicit] [private|forum|public] ACTOR:ISSUE=OPTION[~] ...
//	counter o1 [linkage] [channel] ACTOR:ISSUE=OPTION[~] ...
//	accept o1 | reject o1 [public] | stall o1 | leak o1
//	say ISSUE=OPTION [oppose] | move ISSUE=OPTION
//	fulfil a1 TERM [OPTION] | renege a1 TERM | choose d1 CHOICE
//
// A trailing ~ marks a vague term, a trailing ! a secret one (both: ~!).
func ParseOrder(s string) (Order, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Order{}, fmt.Errorf("game: empty order")
	}
	o := Order{Kind: OrderKind(f[0])}
	args := f[1:]
	need := func(n int) error {
		if len(args) < n {
			return fmt.Errorf("game: %q needs %d argument(s)", f[0], n)
		}
		return nil
	}
	switch o.Kind {
	case OrderPropose, OrderCounter:
		if err := need(2); err != nil {
			return o, err
		}
		if o.Kind == OrderPropose {
			o.To = strings.Split(args[0], ",")
		} else {
			o.Offer = args[0]
		}
		for _, a := range args[1:] {
			switch Linkage(a) {
			case LinkNone, LinkImplicit, LinkExplicit:
				o.Linkage = Linkage(a)
				continue
			}
			switch Channel(a) {
			case ChannelPrivate, ChannelForum, ChannelPublic:
				o.Channel = Channel(a)
				continue
			}
			t, err := parseTerm(a)
			if err != nil {
				return o, err
			}
			o.Terms = append(o.Terms, t)
		}
	case OrderAccept, OrderStall, OrderLeak, OrderReject:
		if err := need(1); err != nil {
			return o, err
		}
		o.Offer = args[0]
		o.Public = len(args) > 1 && args[1] == "public"
	case "say", OrderStatement, OrderMove:
		if o.Kind == "say" {
			o.Kind = OrderStatement
		}
		if err := need(1); err != nil {
			return o, err
		}
		issue, option, ok := strings.Cut(args[0], "=")
		if !ok {
			return o, fmt.Errorf("game: want ISSUE=OPTION, got %q", args[0])
		}
		o.Issue, o.Option = issue, option
		o.Oppose = len(args) > 1 && args[1] == "oppose"
	case OrderFulfil, OrderRenege:
		if err := need(2); err != nil {
			return o, err
		}
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return o, fmt.Errorf("game: term number %q: %w", args[1], err)
		}
		o.Agreement, o.TermIndex = args[0], n
		if len(args) > 2 {
			o.Option = args[2]
		}
	case OrderChoose:
		if err := need(2); err != nil {
			return o, err
		}
		o.Dilemma, o.Choice = args[0], args[1]
	default:
		return o, fmt.Errorf("game: unknown order %q", f[0])
	}
	return o, nil
}

func parseTerm(s string) (Term, error) {
	var t Term
	for {
		switch {
		case strings.HasSuffix(s, "!"):
			t.Secret, s = true, strings.TrimSuffix(s, "!")
			continue
		case strings.HasSuffix(s, "~"):
			t.Vague, s = true, strings.TrimSuffix(s, "~")
			continue
		}
		break
	}
	actor, rest, ok1 := strings.Cut(s, ":")
	issue, option, ok2 := strings.Cut(rest, "=")
	if !ok1 || !ok2 {
		return t, fmt.Errorf("game: want ACTOR:ISSUE=OPTION, got %q", s)
	}
	t.Actor, t.Issue, t.Option = actor, issue, option
	return t, nil
}
