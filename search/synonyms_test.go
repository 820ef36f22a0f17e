package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlain(t *testing.T) {
	list := newIdioms()
	tests := []struct{ text, want string }{
		{"Would Tehran sit down with Washington?", "Would Tehran negotiate talks Washington?"},
		{"talks with a gun to its head", "talks with a under threat"},
		{"a gun to their head", "a under threat"},
		{"Is Turkey a go-between?", "Is Turkey a mediator intermediary?"},
		{"SIT DOWN WITH iran", "negotiate talks iran"},
		{"come to the negotiating table", "negotiate talks"},
		{"what idea did he put forward", "what idea did he propose"},
		{"when did the protests kick off", "when did the protests begin"},
		{"who did Araghchi ring up", "who did Araghchi phone"},
		{"will Iran talk while facing threats?", "will Iran talk while under threat?"},
		{"talks in the face of sanctions", "talks under sanctions"},
		{"their skies", "their airspace"},
		{"how many countries voted yes", "how many countries voted in favour"},
		{"did Trump set a time limit", "did Trump set a deadline"},
		{"is time running out? time is running out", "is window narrowing? window narrowing"},
		{"did India vote no?", "did India vote against?"},
		{"how many unmanned aircraft", "how many drones"},
		{"talks under coercion", "talks under threat"},
		{"talks under the threat of military action", "talks under the threat of attack"},
		{"does Turkey oppose military action", "does Turkey oppose military action"},
		{"who did he meet when he went to Turkey", "who did he meet when he visited Turkey"},
		{"Iran rang up Qatar", "Iran phoned Qatar"},
		{"did the EU label the IRGC a terror group", "did the EU label the IRGC a terrorist organisation"},
		{"Paris flip-flopped on it", "Paris reversal on it"},
		// No idiom, or only part of one.
		{"Did they sit down?", "Did they sit down?"},
		{"a gun", "a gun"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := plain(tt.text, list); got != tt.want {
			t.Errorf("plain(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzPlain(f *testing.F) {
	for _, s := range []string{"sit down with them", "go-between", "gun to its head!", "tit-for-tat’s", "Ünïcode sit  down\twith"} {
		f.Add(s)
	}
	list := newIdioms()
	f.Fuzz(func(t *testing.T, text string) {
		got := plain(text, list)
		if !utf8.ValidString(text) {
			return
		}
		if !utf8.ValidString(got) {
			t.Errorf("plain(%q) = %q, not valid UTF-8", text, got)
		}
		// A meaning holds no idiom, so plain text stays plain.
		if again := plain(got, list); again != got {
			t.Errorf("plain(%q) = %q, and plain of that %q", text, got, again)
		}
		if got != text && strings.TrimSpace(text) == "" {
			t.Errorf("plain(%q) = %q, want blank text kept", text, got)
		}
	})
}
