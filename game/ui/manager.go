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
	for _, s := range m.scenes[max(first, 0):] {
		s.Draw(screen, th)
	}
}
