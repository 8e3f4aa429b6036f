//go:build !js

package main

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"backchannel/game/ui/window"
)

func init() {
	register(command{
		name:    "join",
		summary: "take your seat in a hosted class, on the board: join URL (the seat's link)",
		run:     runJoin,
	})
}

// seatToken is the form of a seat's token in its link (/s/TOKEN).
var seatToken = regexp.MustCompile(`^[A-Z2-7]{16,40}$`)

func runJoin(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("join", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "", "your `NAME`, as your team and instructor see it (asked for when missing)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel join [-name NAME] LINK")
		fmt.Fprintln(stderr, "\nOpens the board on your seat in a class: LINK is the seat's link your instructor")
		fmt.Fprintln(stderr, "gave you, such as http://classroom:8080/s/ABCD…. Close the window and run it again")
		fmt.Fprintln(stderr, "to come back to the same seat.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fs.Usage()
		return 2
	}
	base, token, err := seatLink(files[0])
	if err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 2
	}
	member, err := memberID(token)
	if err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 1
	}
	ask := func() (string, error) {
		if n := strings.TrimSpace(*name); n != "" {
			return n, nil
		}
		fmt.Fprint(stdout, "Your name (your team and your instructor see it): ")
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if n := strings.TrimSpace(line); n != "" {
			return n, nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return "", err
		}
		return "", errNeedName
	}
	return playSeat(base, token, member, ask, window.Window{Start: time.Now()}, stderr)
}

// seatLink splits a seat's link into the server's address and the seat's
// token.
func seatLink(link string) (base, token string, err error) {
	u, err := url.Parse(strings.TrimSpace(link))
	bad := fmt.Errorf("%q is not a seat's link: it looks like http://server:8080/s/ABCD… (the code page's link will not do; open it in a browser and pick your seat)", link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", "", bad
	}
	dir, tok := filepath.Split(strings.TrimSuffix(u.Path, "/"))
	if !strings.HasSuffix(dir, "/s/") || !seatToken.MatchString(tok) {
		return "", "", bad
	}
	return u.Scheme + "://" + u.Host + strings.TrimSuffix(dir, "s/"), tok, nil
}

// memberID is this computer's id at a seat, made on the first join and
// kept in the user's configuration folder, so that running join again
// comes back to the same place rather than joining a second time.
func memberID(token string) (string, error) {
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no folder to remember your seat in: %v", err)
	}
	dir := filepath.Join(cfg, "backchannel", "seats")
	path := filepath.Join(dir, token)
	if b, err := os.ReadFile(path); err == nil {
		if id := strings.TrimSpace(string(b)); id != "" {
			return id, nil
		}
	}
	b := make([]byte, 18)
	rand.Read(b)
	id := hex.EncodeToString(b)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot remember your seat: %v", err)
	}
	if err := os.WriteFile(path, []byte(id+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("cannot remember your seat: %v", err)
	}
	return id, nil
}
