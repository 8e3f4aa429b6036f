package remote

import (
	"fmt"

	"backchannel/game/class"
)

// notice words for the student what changed between two views of the
// seat that the board does not show by itself: the turn resolved (which
// also replaces "Orders handed in."), the end of the game, and what the
// team did: several students share a seat, and each sees the others'
// draft and hand-in. handedIn is whether this board has handed in.
func notice(last, v *class.SeatView, handedIn bool) string {
	switch {
	case v.Clock.Over && !last.Clock.Over:
		return "The game is over."
	case v.Clock.Round != last.Clock.Round && v.View.Turn != last.View.Turn:
		return fmt.Sprintf("Turn %d begins: last turn's orders are resolved.", v.View.Turn)
	case v.Clock.Round != last.Clock.Round:
		return "The summit's answers are resolved."
	case v.HandedIn != nil && last.HandedIn == nil && !handedIn:
		return fmt.Sprintf("%s handed in your team's orders (%s).", who(v.HandedIn), orders(len(v.HandedIn.Orders)))
	case v.Draft != nil && v.HandedIn == nil && (last.Draft == nil || !v.Draft.At.Equal(last.Draft.At)):
		return fmt.Sprintf("%s drafted your team's orders (%s).", who(v.Draft), orders(len(v.Draft.Orders)))
	}
	return ""
}

func who(s *class.Submission) string {
	if s.Name == "" {
		return "A teammate"
	}
	return s.Name
}

func orders(n int) string {
	if n == 1 {
		return "1 order"
	}
	return fmt.Sprintf("%d orders", n)
}
