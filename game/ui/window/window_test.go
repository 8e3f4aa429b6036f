package window

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestNoScreenInWords: with no screen, the game says what to do instead,
// not the window system's error.
func TestNoScreenInWords(t *testing.T) {
	err := inWords(fmt.Errorf("ui: no window system is available: %w", os.ErrNotExist))
	if err == nil || strings.Contains(err.Error(), "fbdev") || !strings.Contains(err.Error(), "xvfb-run") || !strings.Contains(err.Error(), "make web") {
		t.Errorf("no screen: %v", err)
	}
	if other := errors.New("something else"); inWords(other) != other {
		t.Error("another error was rewritten")
	}
}
