package commandstest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/crisisbot/bot/answer"
)

func TestComplete(t *testing.T) {
	a := New()
	tests := []struct {
		prefix string
		first  string
	}{
		{"tur", "Turkey"},
		{"TUR", "Turkey"},
		{"arag", "Abbas Araghchi"},
		{"erdo", "Recep Tayyip Erdoğan"},
		{"ERDOĞ", "Recep Tayyip Erdoğan"},
		{"ghch", "Abbas Araghchi"}, // inside a word
	}
	for _, tt := range tests {
		got := a.Complete(context.Background(), tt.prefix, 25)
		if len(got) == 0 || got[0].Name != tt.first {
			t.Errorf("Complete(%q) = %v, want %s first", tt.prefix, got, tt.first)
		}
	}
	if got := a.Complete(context.Background(), "", 3); len(got) != 3 {
		t.Errorf("Complete(\"\", 3) gave %d", len(got))
	}
}

func TestPaging(t *testing.T) {
	a := New()
	ctx := context.Background()
	ans, err := a.Ask(ctx, "WHAT did China say about the use of force?", answer.Page{Offset: 3})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Offset != 3 || ans.Total != 4 || len(ans.Results) != 1 {
		t.Errorf("page 2: offset %d total %d results %d", ans.Offset, ans.Total, len(ans.Results))
	}
	pos, err := a.Position(ctx, "turkey", "", answer.Page{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if pos.Entity.ID != "turkey" || pos.Total != 6 || len(pos.Statements) != 5 {
		t.Errorf("position: %+v", pos)
	}
	_, err = a.Position(ctx, "Turky", "", answer.Page{})
	var unknown *answer.UnknownEntityError
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Turkey" {
		t.Errorf("unknown name: %v", err)
	}
}

func TestDelayAndErr(t *testing.T) {
	a := New()
	a.Delay = time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := a.Sources(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("slow Sources = %v", err)
	}
	b := New()
	b.Err = errors.New("boom")
	if _, err := b.Who(context.Background(), "Iran"); err == nil || err.Error() != "boom" {
		t.Errorf("failing Who = %v", err)
	}
	if calls := b.Calls(); len(calls) != 1 || calls[0] != `Who("Iran")` {
		t.Errorf("calls %v", calls)
	}
}
