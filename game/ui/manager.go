package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
)

// sceneStack holds the scenes, the current one on top. Changes asked for
// during an Update wait in pending, so a scene never sees the stack move
// under it.
type sceneStack struct {
	scenes  []Scene
	pending []func()
}

func (m *sceneStack) push(s Scene) {
	m.pending = append(m.pending, func() { m.scenes = append(m.scenes, s) })
}

func (m *sceneStack) pop() {
	m.pending = append(m.pending, func() {
		if len(m.scenes) > 0 {
			m.scenes = m.scenes[:len(m.scenes)-1]
		}
	})
}

func (m *sceneStack) replace(s Scene) {
	m.pending = append(m.pending, func() {
		if len(m.scenes) > 0 {
			m.scenes = m.scenes[:len(m.scenes)-1]
		}
		m.scenes = append(m.scenes, s)
	})
}

// top returns the current scene, or nil.
func (m *sceneStack) top() Scene {
	if len(m.scenes) == 0 {
		return nil
	}
	return m.scenes[len(m.scenes)-1]
}

// apply carries out pending changes and reports whether the top changed.
func (m *sceneStack) apply() bool {
	if len(m.pending) == 0 {
		return false
	}
	before := m.top()
	for _, f := range m.pending {
		f()
	}
	m.pending = m.pending[:0]
	return m.top() != before
}

// quitGuard returns the dialog that the uppermost QuitGuard wants shown
// before quitting, or nil when no scene minds.
func (m *sceneStack) quitGuard() Scene {
	for i := len(m.scenes) - 1; i >= 0; i-- {
		if g, ok := m.scenes[i].(QuitGuard); ok {
			if d := g.ConfirmQuit(); d != nil {
				return d
			}
		}
	}
	return nil
}

// draw paints the top scene and, under overlays, the scenes they cover.
func (m *sceneStack) draw(screen *ebiten.Image, th *Theme) {
	first := len(m.scenes) - 1
	for first > 0 {
		o, ok := m.scenes[first].(Overlay)
		if !ok || !o.Overlay() {
			break
		}
		first--
	}
	for i, s := range m.scenes[max(first, 0):] {
		if i > 0 {
			// An overlay dims the whole screen: what lies under it no
			// longer counts as seen text.
			th.TextRecord().Cover(screen.Bounds())
		}
		s.Draw(screen, th)
	}
}
