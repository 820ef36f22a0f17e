package commands

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Custom IDs of the paging buttons carry everything needed to rebuild a
// page, so that a button works after a restart and on any replica:
//
//	v1:ask:<offset>:q:<question>          the question inline
//	v1:ask:<offset>:m                     the question is in the message
//	v1:pos:<offset>:<who>                 a position without topic
//	v1:pos:<offset>:<who>:t:<topic>       a position on a topic
//	v1:pos:<offset>:m                     who and topic are in the message
//
// <who> has "%" and ":" percent-escaped. When the inline form would exceed
// Discord's 100-character limit, the "m" form is used and the query is read
// back from the footer of the message's first embed (see queryFooter).

const (
	customIDVersion = "v1"
	maxCustomID     = 100
	// maxOffset bounds the offset a custom ID may ask for.
	maxOffset = 10000
)

// pageKind is the command a paging button belongs to.
type pageKind string

const (
	pageAsk      pageKind = "ask"
	pagePosition pageKind = "pos"
)

// pageRequest is a decoded paging button: which command, which results, and
// the query, unless FromMessage says it must be read from the message.
type pageRequest struct {
	Kind        pageKind
	Offset      int
	Question    string // ask
	Who         string // position
	Topic       string // position, optional
	FromMessage bool
}

// errBadCustomID reports a custom ID that this bot did not make.
var errBadCustomID = errors.New("malformed button id")

// encodeCustomID returns the custom ID for p, inline when it fits in 100
// characters and in the message form otherwise.
func encodeCustomID(p pageRequest) string {
	prefix := customIDVersion + ":" + string(p.Kind) + ":" + strconv.Itoa(p.Offset) + ":"
	var inline string
	switch p.Kind {
	case pageAsk:
		inline = prefix + "q:" + p.Question
	case pagePosition:
		inline = prefix + escapeWho(p.Who)
		if p.Topic != "" {
			inline += ":t:" + p.Topic
		}
	}
	if !p.FromMessage && textLen(inline) <= maxCustomID {
		return inline
	}
	return prefix + "m"
}

// decodeCustomID parses a custom ID made by encodeCustomID. It rejects
// anything else with an error wrapping errBadCustomID.
func decodeCustomID(id string) (pageRequest, error) {
	bad := func(why string) (pageRequest, error) {
		return pageRequest{}, fmt.Errorf("%w: %s", errBadCustomID, why)
	}
	if textLen(id) > maxCustomID {
		return bad("too long")
	}
	parts := strings.SplitN(id, ":", 4)
	if len(parts) != 4 {
		return bad("too few parts")
	}
	if parts[0] != customIDVersion {
		return bad("unknown version " + strconv.Quote(parts[0]))
	}
	var p pageRequest
	switch k := pageKind(parts[1]); k {
	case pageAsk, pagePosition:
		p.Kind = k
	default:
		return bad("unknown command " + strconv.Quote(parts[1]))
	}
	off, err := strconv.Atoi(parts[2])
	if err != nil || off < 0 || off > maxOffset || strconv.Itoa(off) != parts[2] {
		return bad("bad offset " + strconv.Quote(parts[2]))
	}
	p.Offset = off
	rest := parts[3]
	if rest == "m" {
		p.FromMessage = true
		return p, nil
	}
	switch p.Kind {
	case pageAsk:
		q, ok := strings.CutPrefix(rest, "q:")
		if !ok || strings.TrimSpace(q) == "" {
			return bad("no question")
		}
		p.Question = q
	case pagePosition:
		who, topic, hasTopic := strings.Cut(rest, ":")
		if hasTopic {
			t, ok := strings.CutPrefix(topic, "t:")
			if !ok || strings.TrimSpace(t) == "" {
				return bad("bad topic")
			}
			p.Topic = t
		}
		w, ok := unescapeWho(who)
		if !ok || strings.TrimSpace(w) == "" {
			return bad("bad name")
		}
		p.Who = w
	}
	return p, nil
}

// escapeWho percent-escapes "%" and ":" so that a name fits between the
// colons of a custom ID.
func escapeWho(s string) string {
	return strings.NewReplacer("%", "%25", ":", "%3A").Replace(s)
}

// unescapeWho reverses escapeWho; it reports false for any other escape.
func unescapeWho(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], "%25"):
			b.WriteByte('%')
		case strings.HasPrefix(s[i:], "%3A"):
			b.WriteByte(':')
		default:
			return "", false
		}
		i += 2
	}
	return b.String(), true
}
