package board

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

func mustDate(s string) game.Date {
	d, err := game.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// oddScenario is built to break layouts: twelve actors, some off the map,
// names far too long, Cyrillic and Greek, an issue with ten options, two
// years of weekly turns, a forum in session and a dilemma on the desk.
func oddScenario() *game.Scenario {
	names := []struct{ id, name, short, leader string }{
		{"ME", "The Most Serene and Extraordinarily Long-Named Republic of Nowhere-on-the-Sea", "Nowhere-on-the-Sea and Its Dependencies", "Her Excellency the Acting Provisional Chancellor-in-Waiting"},
		{"РОС", "Российская Федерация Чрезвычайно Длинных Названий", "Россия-Длинное-Название", "Президент Владимир Владимирович Длиннофамильный"},
		{"ΕΛΛ", "Ελληνική Δημοκρατία των Πολύ Μακρών Ονομάτων", "Ελλάδα των Μακρών Ονομάτων", "Πρωθυπουργός Αλέξανδρος Παπαδημητρακόπουλος"},
		{"USA", "United States of America", "United States", "President"},
		{"JPN", "Japan, far to the east", "Japan", "Prime Minister"},
		{"ISL", "Iceland, to the north-west", "Iceland", "Prime Minister"},
		{"POL", "Rzeczpospolita Polska — Żółć Gęślą Jaźń", "Polska", "Prezydent Łukasz Żółkiewski"},
		{"CZE", "Česká republika — Příliš žluťoučký kůň", "Česko", "Premiér Jiří Řezníček"},
		{"IRN", "Islamic Republic of Iran", "Iran", "President"},
		{"FRA", "République française", "France", "Président"},
		{"DEU", "Bundesrepublik Deutschland", "Deutschland", "Bundeskanzlerin"},
		{"VERYLONGID", "An Actor Whose Identifier Is Far Too Long For A Token", "", ""},
	}
	pos := [][2]float64{{4.5, 50.8}, {37.6, 55.8}, {23.7, 38}, {-77, 38.9}, {139.7, 35.7}, {-21.9, 64.1},
		{21, 52.2}, {14.4, 50.1}, {51.4, 35.7}, {2.35, 48.85}, {13.4, 52.5}, {14.5, 50.2}}
	var ten []game.OptionDef
	for k := range 10 {
		n := fmt.Sprintf("Option %d: %s", k+1, strings.Repeat("ever longer ", k%4+1))
		if k == 3 {
			n = "Вариант четвёртый с очень длинным названием"
		}
		if k == 7 {
			n = "Επιλογή όγδοη με πολύ μακρύ όνομα"
		}
		ten = append(ten, game.OptionDef{ID: fmt.Sprintf("o%d", k), Name: n})
	}
	prefs := func(seed int) game.Preferences {
		v := make([]float64, 10)
		for k := range v {
			v[k] = float64((k*37 + seed*13) % 101)
		}
		return game.Preferences{Weights: map[string]float64{"ten": 3, "βάση": 2},
			Values:      map[string][]float64{"ten": v, "βάση": {float64(seed * 7 % 100), 50, float64(100 - seed*7%100)}},
			Reservation: 40, LinkageAversion: 0.4, PublicityAversion: 0.5}
	}
	s := &game.Scenario{
		ID: "odd", Title: "Сценарий с очень длинным названием — Ένα σενάριο με πολύ μακρύ τίτλο — A Scenario Whose Title Never Ends",
		Calendar: game.Calendar{Start: mustDate("2009-01-05"), End: mustDate("2010-12-27"), DaysPerTurn: 7},
		Issues: []game.IssueDef{
			{ID: "ten", Name: "An issue with ten options and a name that goes on and on and on", Options: ten, Start: "o0", Controller: "ME",
				Consent: []game.ConsentRule{
					{Options: []string{"o9"}, Actors: []string{"РОС", "ΕΛΛ", "USA"}},
					{Options: []string{"o5", "o6"}, Ratification: &game.Ratification{Body: "Верховный Совет Чрезвычайно Длинного Названия", Actor: "ME", Threshold: 55}},
				}},
			{ID: "βάση", Name: "Η βάση στο νησί", Options: []game.OptionDef{{ID: "α", Name: "Άλφα"}, {ID: "β", Name: "Βήτα"}, {ID: "γ", Name: "Γάμμα"}},
				Start: "α", Controller: "ΕΛΛ"},
		},
		Forums: []game.ForumDef{{ID: "sommet", Name: "Саммит Бесконечных Переговоров", Date: mustDate("2009-01-05"), Days: 3}},
		Rules:  game.Rules{Capital: 9},
	}
	for i, n := range names {
		a := game.ActorDef{ID: n.id, Name: n.name, Short: n.short, Leader: n.leader, Lon: pos[i][0], Lat: pos[i][1],
			Support: 30 + float64(i*5), Colour: []string{"#2b6cb0", "#c53030", "", "#ffffff", "bad", "#805ad5"}[i%6],
			Objectives: []string{"Ζήτω η Ελλάδα — a very long objective that must wrap over several lines without leaving its box."},
			Types: []game.TypeDef{
				{ID: "t1", Name: "Тип первый с длинным именем", Description: "Описание", Prior: 0.5, Prefs: prefs(i)},
				{ID: "t2", Name: "Δεύτερος τύπος", Description: "Περιγραφή", Prior: 0.3, Prefs: prefs(i + 3)},
				{ID: "t3", Name: "A third type whose name is also very long indeed", Prior: 0.2, Prefs: prefs(i + 5)},
			}}
		s.Forums[0].Attendees = append(s.Forums[0].Attendees, n.id)
		s.Actors = append(s.Actors, a)
	}
	s.Opening = []game.OpeningOffer{{From: "РОС", To: []string{"ME", "ΕΛΛ"}, Linkage: game.LinkExplicit,
		Text: strings.Repeat("Мы предлагаем очень длинное письмо. Πολύ μεγάλο γράμμα. ", 12),
		Terms: []game.Term{{Actor: "ME", Issue: "ten", Option: "o9", Vague: true}, {Actor: "РОС", Issue: "ten", Option: "o3"},
			{Actor: "ΕΛΛ", Issue: "βάση", Option: "γ"}}}}
	s.Events = []game.EventDef{
		{ID: "news", Date: mustDate("2009-01-05"), Headline: strings.Repeat("Заголовок очень длинный ", 6), Text: strings.Repeat("Κείμενο είδησης. ", 40)},
		{ID: "spy", Date: mustDate("2009-01-05"), Audience: []string{"ME"}, Intel: []game.IntelDef{{To: "ME", About: "РОС", Reliability: 0.7}}},
		{ID: "choice", Date: mustDate("2009-01-05"), Dilemma: &game.DilemmaDef{Actor: "ME", Prompt: strings.Repeat("Выбирайте мудро. ", 10), Default: "a",
			Choices: []game.ChoiceDef{{ID: "a", Label: "Принять предложение с очень длинной формулировкой"}, {ID: "b", Label: "Απορρίψτε ευγενικά"}, {ID: "c", Label: "Neither, and say so at length"}}}},
	}
	return s
}

func oddSession(t testing.TB) *session.Session {
	t.Helper()
	s, err := session.New(session.Config{Scenario: oddScenario(), Seed: 7, Humans: []string{"ME"}})
	if err != nil {
		t.Fatal(err)
	}
	// One turn with public statements, so stances and beliefs show.
	orders := []game.Order{
		{Kind: game.OrderStatement, Issue: "ten", Option: "o7"},
		{Kind: game.OrderStatement, Issue: "ten", Option: "o2", Oppose: true},
		{Kind: game.OrderPropose, To: []string{"РОС", "VERYLONGID"}, Linkage: game.LinkImplicit, Channel: game.ChannelForum,
			Terms: []game.Term{{Actor: "ME", Issue: "ten", Option: "o4"}, {Actor: "ME", Issue: "ten", Option: "o8", Vague: true}}},
	}
	if err := s.Submit("ME", orders); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	return s
}

// textBounds records where the board draws text and fails if any text is
// clipped to an area outside every panel (or the open dialog).
type textBounds struct {
	t       *testing.T
	board   *Board
	h       *uitest.Harness
	strays  []string
	checked int
}

func (tb *textBounds) record(s string, clip image.Rectangle) {
	tb.checked++
	areas := []image.Rectangle{}
	for _, r := range tb.board.Layout().Regions() {
		areas = append(areas, r.Rect)
	}
	switch top := tb.h.App.Top().(type) {
	case *compose:
		areas = append(areas, top.rect)
	case *statement:
		areas = append(areas, top.rect)
	}
	for _, a := range areas {
		if clip.In(a) {
			return
		}
	}
	tb.strays = append(tb.strays, fmt.Sprintf("%q at %v", s, clip))
}

func TestOddScenarioStaysInItsBoxes(t *testing.T) {
	uitest.NeedWindow(t)
	cases := []struct {
		name  string
		size  image.Point
		scale float64
	}{
		{"hd", hd, 1}, {"small", image.Pt(960, 600), 1}, {"fullhd", image.Pt(1920, 1080), 1}, {"x2", image.Pt(2560, 1440), 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r recorder
			s := oddSession(t)
			b := New(r.config(s, "ME"))
			h := uitest.New(t, b, c.size, ui.Settings{Scale: c.scale})
			tb := &textBounds{t: t, board: b, h: h}
			b.paint.record = tb.record
			play(t, h, 2)
			// Walk every control with the keyboard, pressing what there is
			// to press, and open both dialogs.
			for range 24 {
				h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyArrowRight).Press(ebiten.KeyArrowDown)
			}
			play(t, h, 1)
			if dir := os.Getenv("BOARD_SHOTS"); dir != "" {
				_ = uitest.WritePNG(filepath.Join(dir, "odd-"+c.name+".png"), h.Screenshot(t))
			}
			h.Script.Click(center(b.bar.compose.Bounds()))
			play(t, h, 2)
			if cp, ok := h.App.Top().(*compose); ok {
				cp.addTerm(cp.find.Selected())
				for range 14 {
					h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyArrowRight)
				}
				play(t, h, 2)
				if dir := os.Getenv("BOARD_SHOTS"); dir != "" {
					_ = uitest.WritePNG(filepath.Join(dir, "odd-compose-"+c.name+".png"), h.Screenshot(t))
				}
				h.Script.Press(ebiten.KeyEscape)
			} else {
				t.Errorf("compose did not open: %T", h.App.Top())
			}
			h.Script.Click(center(b.bar.statement.Bounds()))
			play(t, h, 2)
			if _, ok := h.App.Top().(*statement); !ok {
				t.Errorf("statement did not open: %T", h.App.Top())
			}
			h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyArrowRight).Press(ebiten.KeyTab).Press(ebiten.KeyArrowRight)
			play(t, h, 2)
			h.Script.Press(ebiten.KeyEscape)
			play(t, h, 2)
			if tb.checked == 0 {
				t.Fatal("no text was recorded")
			}
			for _, s := range tb.strays {
				t.Errorf("text outside every panel: %s", s)
			}
		})
	}
}

// TestOddScenarioWithoutWindow drives the odd scenario's board without
// drawing, so the panic check runs on every machine.
func TestOddScenarioWithoutWindow(t *testing.T) {
	var r recorder
	b := New(r.config(oddSession(t), "ME"))
	h := uitest.New(t, b, image.Pt(960, 600), defaultSettings)
	for range 60 {
		h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyArrowRight).Press(ebiten.KeyEnter).Press(ebiten.KeyEscape)
	}
	play(t, h, 2)
}
