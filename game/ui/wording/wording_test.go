package wording

import "testing"

func TestNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"Pressure in Congress: 45 → 45.80%.": "Pressure in Congress: 45 → 45.8%.",
		"52.60 → 53.40%":                     "52.6 → 53.4%",
		"62.63% against 33.75%":              "62.63% against 33.75%",
		"1,010 kg and 3.0 months":            "1,010 kg and 3 months",
		"version 2.10":                       "version 2.1",
	} {
		if got := Numbers(in); got != want {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCause(t *testing.T) {
	name := func(id string) string {
		if id == "o1" {
			return "your letter"
		}
		return ""
	}
	for in, want := range map[string]string{
		"rejected o1, a public position":               "rejected your letter, a public position",
		"rejected o7":                                  "rejected an offer",
		"intel report i1":                              "an intelligence report",
		"reneged on term of agreement a3":              "reneged on a term of a deal",
		"signed agreement a2":                          "signed a deal",
		"support 45.50":                                "support 45.5",
		"A offers B: X → Y (none linkage, private).":   "A offers B: X → Y (no linkage, a private letter).",
		"A offers B: X → Y (explicit linkage, public)": "A offers B: X → Y (explicit linkage, in public)",
		"A offers B: X → Y (implicit linkage, forum)":  "A offers B: X → Y (implicit linkage, at a forum meeting)",
	} {
		if got := Cause(in, name); got != want {
			t.Errorf("Cause(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	if Plural(1, "point", "points") != "1 point" || Plural(0, "point", "points") != "0 points" {
		t.Error("plural")
	}
}
