package save

import "testing"

func TestSuggestSlotName(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"letter-2009", "letter-2009 turn 4"},
		{"über/../x", "berx turn 4"},
		{"", "game turn 4"},
	} {
		got := SuggestSlotName(c.id, 4)
		if got != c.want || CheckSlotName(got) != nil {
			t.Errorf("SuggestSlotName(%q) = %q", c.id, got)
		}
	}
}
