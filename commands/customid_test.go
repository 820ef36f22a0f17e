package commands

import (
	"errors"
	"strings"
	"testing"
)

func TestCustomIDRoundTrip(t *testing.T) {
	long := strings.Repeat("What did Turkey say about the airspace of Iran? ", 3)
	tests := []struct {
		p    pageRequest
		id   string
		back pageRequest // what decoding gives; zero means p itself
	}{
		{pageRequest{Kind: pageAsk, Offset: 3, Question: "What did China say?"}, "v1:ask:3:q:What did China say?", pageRequest{}},
		{pageRequest{Kind: pageAsk, Offset: 0, Question: "a:b:c"}, "v1:ask:0:q:a:b:c", pageRequest{}},
		{pageRequest{Kind: pageAsk, Offset: 6, Question: long}, "v1:ask:6:m", pageRequest{Kind: pageAsk, Offset: 6, FromMessage: true}},
		{pageRequest{Kind: pagePosition, Offset: 5, Who: "Turkey"}, "v1:pos:5:Turkey", pageRequest{}},
		{pageRequest{Kind: pagePosition, Offset: 5, Who: "Turkey", Topic: "war: again"}, "v1:pos:5:Turkey:t:war: again", pageRequest{}},
		{pageRequest{Kind: pagePosition, Offset: 10, Who: "Dr: 100%", Topic: "x"}, "v1:pos:10:Dr%3A 100%25:t:x", pageRequest{}},
		{pageRequest{Kind: pagePosition, Offset: 5, Who: "Turkey", Topic: long}, "v1:pos:5:m", pageRequest{Kind: pagePosition, Offset: 5, FromMessage: true}},
	}
	for _, tt := range tests {
		id := encodeCustomID(tt.p)
		if id != tt.id {
			t.Errorf("encode %+v = %q, want %q", tt.p, id, tt.id)
		}
		if textLen(id) > maxCustomID {
			t.Errorf("%q is longer than %d", id, maxCustomID)
		}
		got, err := decodeCustomID(id)
		if err != nil {
			t.Errorf("decode %q: %v", id, err)
			continue
		}
		want := tt.back
		if want == (pageRequest{}) {
			want = tt.p
		}
		if got != want {
			t.Errorf("decode %q = %+v, want %+v", id, got, want)
		}
	}
}

func TestDecodeCustomIDRejects(t *testing.T) {
	for _, id := range []string{
		"",
		"v1",
		"v1:ask:3",
		"v2:ask:3:q:hello",
		"v1:del:3:q:hello",
		"v1:ask:-1:q:hello",
		"v1:ask:+1:q:hello",
		"v1:ask:01:q:hello",
		"v1:ask:99999999999999999999:q:hello",
		"v1:ask:10001:q:hello",
		"v1:ask:3:hello",
		"v1:ask:3:q:",
		"v1:ask:3:q:   ",
		"v1:pos:3:",
		"v1:pos:3:Turkey:x:war",
		"v1:pos:3:Turkey:t:",
		"v1:pos:3:Tur%2Fkey",
		"v1:pos:3:Tur%",
		"v1:ask:3:q:" + strings.Repeat("x", 100),
	} {
		if p, err := decodeCustomID(id); !errors.Is(err, errBadCustomID) {
			t.Errorf("decode %q = %+v, %v; want errBadCustomID", id, p, err)
		}
	}
}

func FuzzDecodeCustomID(f *testing.F) {
	for _, s := range []string{"v1:ask:3:q:What did China say?", "v1:pos:5:Turkey:t:war", "v1:pos:0:m", "v1:ask:1:m", "v1:pos:2:a%3Ab", "v1:x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		p, err := decodeCustomID(id)
		if err != nil {
			if !errors.Is(err, errBadCustomID) {
				t.Fatalf("decode %q: error %v does not wrap errBadCustomID", id, err)
			}
			return
		}
		if p.Offset < 0 || p.Offset > maxOffset {
			t.Fatalf("decode %q: offset %d", id, p.Offset)
		}
		again, err := decodeCustomID(encodeCustomID(p))
		if err != nil || again != p {
			t.Fatalf("decode %q = %+v; re-encoded %q decodes to %+v, %v", id, p, encodeCustomID(p), again, err)
		}
	})
}
