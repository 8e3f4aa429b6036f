package save

import (
	"fmt"
	"strings"
)

// SuggestSlotName suggests a slot name for a game: its scenario and turn,
// cut to the characters CheckSlotName allows.
func SuggestSlotName(scenario string, turn int) string {
	var b strings.Builder
	for _, c := range scenario {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if ok {
			b.WriteRune(c)
		}
	}
	name := strings.Trim(b.String(), "-_")
	if name == "" {
		name = "game"
	}
	if len(name) > 48 {
		name = name[:48]
	}
	return fmt.Sprintf("%s turn %d", name, turn)
}
