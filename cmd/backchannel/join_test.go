//go:build !js

package main

import (
	"strings"
	"testing"
)

func TestSeatLink(t *testing.T) {
	for _, c := range []struct{ link, base, token string }{
		{"http://classroom:8080/s/ABCDEFGHIJKLMNOPQRSTUVWXYZ", "http://classroom:8080/", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
		{" https://example.edu/class/s/ABCDEFGHIJKLMNOP/ ", "https://example.edu/class/", "ABCDEFGHIJKLMNOP"},
	} {
		base, token, err := seatLink(c.link)
		if err != nil || base != c.base || token != c.token {
			t.Errorf("seatLink(%q) = %q, %q, %v; want %q, %q", c.link, base, token, err, c.base, c.token)
		}
	}
	for _, bad := range []string{"http://classroom:8080/?code=ABCD-EFGH", "classroom:8080/s/ABCDEFGHIJKLMNOP", "http://x/s/short", "ftp://x/s/ABCDEFGHIJKLMNOP"} {
		if _, _, err := seatLink(bad); err == nil || !strings.Contains(err.Error(), "not a seat's link") {
			t.Errorf("seatLink(%q): %v", bad, err)
		}
	}
}

// TestMemberID: the same seat on the same computer is the same student.
func TestMemberID(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	a, err := memberID("ABCDEFGHIJKLMNOP")
	if err != nil || len(a) < 16 {
		t.Fatalf("%q %v", a, err)
	}
	b, _ := memberID("ABCDEFGHIJKLMNOP")
	c, _ := memberID("QRSTUVWXYZ234567")
	if a != b || a == c {
		t.Errorf("ids %q %q %q", a, b, c)
	}
}
