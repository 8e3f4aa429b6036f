package turns

import (
	"backchannel/game/debrief"
	"backchannel/game/save"
	"backchannel/game/session"
)

// Resolution is a turn being resolved off the frame: the AI seats decide,
// the turn resolves, the autosave is written and, at the end of the game,
// the debrief is analysed, none of which may freeze the window.
type Resolution struct {
	done chan Resolved
}

// Resolved is what a resolution brings back.
type Resolved struct {
	Err     error // the turn could not be resolved
	SaveErr error // the autosave failed; the game goes on
	Report  *debrief.Report
}

// Resolve starts resolving sess's turn; humans are the human seats, for
// the debrief. store may be nil (no autosave). wake, when set, is called
// once the result is there, from another goroutine: a window that draws
// frames on demand would not notice otherwise. Nothing else may touch the
// session until the result arrives.
func Resolve(sess *session.Session, humans []string, store save.Storage, wake func()) *Resolution {
	r := &Resolution{done: make(chan Resolved, 1)}
	go func() {
		var out Resolved
		out.Err = sess.EndTurn()
		if out.Err == nil && store != nil {
			out.SaveErr = store.Save(save.AutosaveSlot, sess.Record)
		}
		if out.Err == nil && sess.Game.Over {
			out.Report = debrief.Analyze(sess.Game, debrief.Options{Players: humans})
		}
		r.done <- out
		if wake != nil {
			wake()
		}
	}()
	return r
}

// Poll returns the result once it is there.
func (r *Resolution) Poll() (Resolved, bool) {
	select {
	case out := <-r.done:
		return out, true
	default:
		return Resolved{}, false
	}
}

// Analysis is a debrief computed off the frame, for games loaded over.
type Analysis struct {
	done chan *debrief.Report
}

// Analyse starts analysing sess's finished game; wake as for Resolve.
func Analyse(sess *session.Session, humans []string, wake func()) *Analysis {
	a := &Analysis{done: make(chan *debrief.Report, 1)}
	go func() {
		a.done <- debrief.Analyze(sess.Game, debrief.Options{Players: humans})
		if wake != nil {
			wake()
		}
	}()
	return a
}

// Poll returns the report once it is there.
func (a *Analysis) Poll() (*debrief.Report, bool) {
	select {
	case r := <-a.done:
		return r, true
	default:
		return nil, false
	}
}
