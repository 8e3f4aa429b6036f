package measure

import "testing"

func TestParseStat(t *testing.T) {
	line := "4242 (back channel) S 1 4242 4242 0 -1 4194560 1234 0 0 0 37 5 0 0 20 0 12 0 99 123456 789 18446744073709551615"
	got, err := parseStat(line)
	if err != nil || got != 42 {
		t.Fatalf("parseStat = %d, %v; want 42", got, err)
	}
	if _, err := parseStat("garbage"); err == nil {
		t.Error("a bad line parsed")
	}
}
