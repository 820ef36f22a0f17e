package server

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// addFixtures seeds a fuzz target with every interaction in testdata.
func addFixtures(f *testing.F) {
	names, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{`{"type":2,"data":null}`, `{"type":3,"data":{"values":[1]}}`, `{"type":4,"data":{"options":[{"type":1,"options":[{}]}]}}`, `null`, `[]`} {
		f.Add([]byte(s))
	}
}

// FuzzDecodeInteraction: decoding never panics, and what it accepts has a
// type.
func FuzzDecodeInteraction(f *testing.F) {
	addFixtures(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		i, err := decodeInteraction(body)
		if err != nil {
			return
		}
		if i.Type < 1 {
			t.Errorf("accepted interaction type %d", i.Type)
		}
		_ = interactionName(i)
	})
}

// FuzzInteractionRequest sends arbitrary bodies, correctly signed, through
// the whole endpoint with the fake handler: the answer is always 200, 400 or
// 413, never a panic or a 500.
func FuzzInteractionRequest(f *testing.F) {
	addFixtures(f)
	k := newKeys(f)
	s, _ := newTestServer(f, k, fuzzHandler{})
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header = k.sign(body, testNow)
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Errorf("status %d for body %q", rec.Code, body)
		}
	})
}

// fuzzHandler answers every interaction with its name; unlike fakeHandler it
// makes no assumptions about the shape of the data, so that any 500 is the
// server's fault.
type fuzzHandler struct{}

func (fuzzHandler) Handle(_ context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	return message(interactionName(i)), nil
}

// FuzzSignatureHeaders: any pair of header values is either rejected or
// parsed into a 64-byte signature and a timestamp within five minutes.
func FuzzSignatureHeaders(f *testing.F) {
	k := newKeys(f)
	good := k.sign([]byte(`{"type":1}`), testNow)
	f.Add(good.Get(headerSignature), good.Get(headerTimestamp))
	f.Add("", "")
	f.Add("zz", "-1")
	f.Add(good.Get(headerSignature), "+1772366400")
	f.Add(good.Get(headerSignature), "9223372036854775807")
	v := verifier{key: k.public, now: func() time.Time { return testNow }}
	f.Fuzz(func(t *testing.T, sigHex, timestamp string) {
		h := http.Header{}
		h.Set(headerSignature, sigHex)
		h.Set(headerTimestamp, timestamp)
		s, err := v.parseHeaders(h)
		if err != nil {
			return
		}
		if len(s.sig) != 64 {
			t.Errorf("accepted a %d-byte signature", len(s.sig))
		}
		_ = v.verify(s, []byte(`{"type":1}`))
	})
}
