//go:build !js

package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"backchannel/game"
	"backchannel/game/class"
	"backchannel/game/save"
	"backchannel/server/store"
)

// settings is what the store keeps as a session's config: the class
// config, and for a fork the record it starts from.
type settings struct {
	Class class.Config `json:"class"`
	Base  *save.Record `json:"base,omitempty"`
}

// live is a session loaded in this process. mu guards the class and the
// subscribers; every change goes through act.
type live struct {
	s    *Server
	id   string
	meta store.Session
	base *save.Record

	mu    sync.Mutex
	c     *class.Class
	subs  map[*seatConn]struct{}
	timer *time.Timer
	// resolving is set while a resolution is queued, so that hand-ins
	// arriving together queue one.
	resolving bool
	// deleted is set when the instructor deletes the session: nothing
	// more of it may be stored.
	deleted bool
}

// errNoEvent tells act that the request needs no event (a rejoin, a
// deadline another process has already dealt with).
var errNoEvent = errors.New("nothing to do")

// errDeleted answers a request to a session deleted meanwhile.
var errDeleted = errors.New("this session has been deleted by its instructor")

// errBusy is returned when other processes keep taking the event numbers.
var errBusy = errors.New("the server is busy: try again")

const builtinPrefix = "builtin:"

// session returns the loaded session, loading it from the store first.
func (s *Server) session(ctx context.Context, id string) (*live, error) {
	s.mu.Lock()
	l := s.sessions[id]
	s.mu.Unlock()
	if l != nil {
		return l, nil
	}
	meta, err := s.st.Session(ctx, id)
	if err != nil {
		return nil, err
	}
	var set settings
	if err := json.Unmarshal(meta.Config, &set); err != nil {
		return nil, fmt.Errorf("session %s: %w", id, err)
	}
	scen, err := s.scens.open(meta.Scenario)
	if err != nil {
		return nil, fmt.Errorf("session %s: its scenario: %w", id, err)
	}
	c, err := newClass(set, scen)
	if err != nil {
		return nil, err
	}
	l = &live{s: s, id: id, meta: meta, base: set.Base, c: c, subs: map[*seatConn]struct{}{}}
	l.mu.Lock()
	err = l.syncLocked(ctx)
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if other := s.sessions[id]; other != nil {
		l = other
	} else {
		s.sessions[id] = l
	}
	s.mu.Unlock()
	l.mu.Lock()
	l.armLocked()
	l.mu.Unlock()
	return l, nil
}

func newClass(set settings, scen *game.Scenario) (*class.Class, error) {
	if set.Base != nil {
		return class.Fork(set.Class, scen, set.Base, len(set.Base.Turns))
	}
	return class.New(set.Class, scen)
}

// syncLocked applies the stored events this process has not seen.
func (l *live) syncLocked(ctx context.Context) error {
	bodies, err := l.s.st.Events(ctx, l.id, l.c.Seq)
	if err != nil {
		return err
	}
	for _, b := range bodies {
		var ev class.Event
		if err := json.Unmarshal(b, &ev); err != nil {
			return fmt.Errorf("session %s: a stored event: %w", l.id, err)
		}
		if err := l.c.Apply(ev); err != nil {
			return fmt.Errorf("session %s: %w", l.id, err)
		}
	}
	if len(bodies) > 0 {
		l.changedLocked("")
	}
	return nil
}

// act makes one change: it reads the events other processes stored, lets
// decide turn the request into an event, stores the event, and only then
// acknowledges it. When another process took the event's number first, it
// starts again from the new state. With a database of its own (SQLite)
// the process is the only writer: it applies the event at once, so that
// the next request of the session need not wait, and waits for the write
// outside the lock (see actAlone).
func (l *live) act(ctx context.Context, decide func(c *class.Class, now time.Time) (class.Event, error)) (class.Event, error) {
	if !l.s.st.Shared() {
		return l.actAlone(ctx, decide)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.deleted {
		return class.Event{}, errDeleted
	}
	for range 8 {
		if err := l.syncLocked(ctx); err != nil {
			return class.Event{}, err
		}
		ev, err := decide(l.c, l.s.opt.Now())
		if err != nil {
			return ev, err
		}
		body, err := json.Marshal(ev)
		if err != nil {
			return ev, err
		}
		err = l.s.st.Append(ctx, l.id, ev.Seq, body)
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if err != nil {
			return ev, err
		}
		if err := l.applyLocked(ev); err != nil {
			return ev, err
		}
		return ev, nil
	}
	return class.Event{}, errBusy
}

// actAlone is act for a process that is the database's only writer: the
// event is queued for writing in order and applied at once; the request
// is acknowledged once the write is durable. Should the write fail, the
// session is dropped from memory and read back from the store, so that
// nothing unstored survives.
func (l *live) actAlone(ctx context.Context, decide func(c *class.Class, now time.Time) (class.Event, error)) (class.Event, error) {
	l.mu.Lock()
	if l.deleted {
		l.mu.Unlock()
		return class.Event{}, errDeleted
	}
	ev, err := decide(l.c, l.s.opt.Now())
	if err != nil {
		l.mu.Unlock()
		return ev, err
	}
	body, err := json.Marshal(ev)
	if err != nil {
		l.mu.Unlock()
		return ev, err
	}
	written := l.s.st.Queue(l.id, ev.Seq, body)
	err = l.applyLocked(ev)
	l.mu.Unlock()
	if werr := <-written; werr != nil {
		l.s.drop(l)
		return ev, werr
	}
	return ev, err
}

// applyLocked applies a stored (or queued) event and tells whoever needs to know.
func (l *live) applyLocked(ev class.Event) error {
	if err := l.c.Apply(ev); err != nil {
		return err
	}
	if ev.Kind == class.EvResolve {
		// The record is derived from the events, which are stored: no
		// request waits for it.
		if rec, err := save.Marshal(l.c.Record); err == nil {
			done := l.s.st.SetRecord(l.id, rec)
			go func() {
				if err := <-done; err != nil {
					l.s.opt.Log.Printf("session %s: storing the record: %v", l.id, err)
				}
			}()
		}
	}
	only := ""
	if ev.Kind == class.EvDraft || ev.Kind == class.EvJoin {
		only = ev.Actor // no one else's view changes
	}
	l.changedLocked(only)
	return nil
}

// drop forgets a session whose memory may hold what the store does not;
// its students reconnect and get it as stored.
func (s *Server) drop(l *live) {
	s.mu.Lock()
	if s.sessions[l.id] == l {
		delete(s.sessions, l.id)
	}
	s.mu.Unlock()
	l.stop()
}

// changedLocked tells the subscribers (of one seat, if only is set) and
// re-arms the deadline.
func (l *live) changedLocked(only string) {
	for sc := range l.subs {
		if only == "" || sc.actor == only {
			sc.poke()
		}
	}
	l.armLocked()
	if l.c.Ready() && !l.resolving {
		l.resolving = true
		l.s.wg.Add(1)
		go func() {
			defer l.s.wg.Done()
			l.resolve("all handed in", func(c *class.Class, _ time.Time) bool { return c.Ready() })
		}()
	}
}

// resolve ends the turn if when still holds once the lock is held.
func (l *live) resolve(why string, when func(c *class.Class, now time.Time) bool) {
	ctx, cancel := context.WithTimeout(l.s.ctx, time.Minute)
	defer cancel()
	_, err := l.act(ctx, func(c *class.Class, now time.Time) (class.Event, error) {
		l.resolving = false
		if !when(c, now) {
			return class.Event{}, errNoEvent
		}
		return c.Resolve(why, now)
	})
	if err != nil && !errors.Is(err, errNoEvent) {
		l.mu.Lock()
		l.resolving = false
		l.mu.Unlock()
	}
	if err != nil && !errors.Is(err, errNoEvent) && !errors.Is(err, errDeleted) && l.s.ctx.Err() == nil {
		l.s.opt.Log.Printf("session %s: resolving (%s): %v", l.id, why, err)
	}
}

// armLocked sets the timer for the turn's deadline.
func (l *live) armLocked() {
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	if l.s.ctx.Err() != nil || l.c.Paused || l.c.Deadline.IsZero() || l.c.Game.Over {
		return
	}
	l.timer = time.AfterFunc(max(l.c.Deadline.Sub(l.s.opt.Now()), 0), func() {
		l.resolve("deadline", func(c *class.Class, now time.Time) bool { return c.Due(now) })
	})
}

// stop stops the timer and closes the subscribers.
func (l *live) stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.timer != nil {
		l.timer.Stop()
	}
	for sc := range l.subs {
		sc.cancel()
	}
}

// poll reads other processes' events for the sessions that have
// subscribers, so that their seats see every change.
func (s *Server) poll() {
	defer s.wg.Done()
	t := time.NewTicker(s.opt.PollEvery)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
		s.mu.Lock()
		var ls []*live
		for _, l := range s.sessions {
			ls = append(ls, l)
		}
		s.mu.Unlock()
		for _, l := range ls {
			l.mu.Lock()
			watched, seq := len(l.subs) > 0, l.c.Seq
			l.mu.Unlock()
			if !watched || !s.st.Shared() {
				continue
			}
			ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
			if last, err := s.st.LastSeq(ctx, l.id); err == nil && last > seq {
				l.mu.Lock()
				if err := l.syncLocked(ctx); err != nil {
					s.opt.Log.Printf("session %s: %v", l.id, err)
				}
				l.mu.Unlock()
			}
			cancel()
		}
	}
}
