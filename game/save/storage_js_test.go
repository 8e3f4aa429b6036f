//go:build js

package save_test

import (
	"errors"
	"strings"
	"syscall/js"
	"testing"

	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// fakeLocalStorage installs a localStorage with the Web Storage methods
// and a quota in characters, throwing a QuotaExceededError like a browser
// when a write would exceed it. Node has no localStorage of its own.
func fakeLocalStorage(t *testing.T, quota int) {
	t.Helper()
	js.Global().Call("eval", `globalThis.makeFakeStorage = function (quota) {
		const items = new Map();
		const used = () => { let n = 0; for (const [k, v] of items) n += k.length + v.length; return n; };
		return {
			get length() { return items.size; },
			key(i) { const k = [...items.keys()][i]; return k === undefined ? null : k; },
			getItem(k) { return items.has(k) ? items.get(k) : null; },
			setItem(k, v) {
				v = String(v);
				const old = items.has(k) ? k.length + items.get(k).length : 0;
				if (used() - old + k.length + v.length > quota) {
					const e = new Error("The quota has been exceeded.");
					e.name = "QuotaExceededError";
					e.code = 22;
					throw e;
				}
				items.set(k, v);
			},
			removeItem(k) { items.delete(k); },
			clear() { items.clear(); },
		};
	};`)
	js.Global().Set("localStorage", js.Global().Call("makeFakeStorage", quota))
	t.Cleanup(func() { js.Global().Delete("localStorage") })
}

func TestLocalStorage(t *testing.T) {
	fakeLocalStorage(t, 1<<20)
	st, err := save.DefaultStorage()
	if err != nil {
		t.Fatal(err)
	}
	testStorage(t, st)
	// Other keys of the page are not saves.
	js.Global().Get("localStorage").Call("setItem", "backchannel/settings", "{}")
	js.Global().Get("localStorage").Call("setItem", save.KeyPrefix+"damaged", `{"format": "backchannel-save", "vers`)
	slots, err := st.List()
	if err != nil || len(slots) != 2 {
		t.Fatalf("slots %+v, %v", slots, err)
	}
	for _, s := range slots {
		if s.Name == "damaged" && !errors.Is(s.Err, save.ErrTruncated) {
			t.Errorf("damaged slot listed as %+v", s)
		}
	}
}

func TestLocalStorageQuota(t *testing.T) {
	_, small, err := savetest.PlayOn(smallScenario(), 7, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, big, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := save.Marshal(big)
	fakeLocalStorage(t, len(data)) // room for the small save, not the big one
	st, err := save.NewLocalStorage()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Save(save.AutosaveSlot, small); err != nil {
		t.Fatal(err)
	}
	err = st.Save(save.AutosaveSlot, big)
	if !errors.Is(err, save.ErrQuota) || !strings.Contains(err.Error(), "autosave") {
		t.Fatalf("over the quota: %v", err)
	}
	got, err := st.Load(save.AutosaveSlot)
	if err != nil || got.LogHash != small.LogHash {
		t.Errorf("the previous save did not survive the full quota: %v", err)
	}
}

func TestNoLocalStorage(t *testing.T) {
	js.Global().Delete("localStorage")
	if _, err := save.NewLocalStorage(); err == nil {
		t.Errorf("no error without localStorage")
	}
}
