package server

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Discord's signature headers.
const (
	headerSignature = "X-Signature-Ed25519"
	headerTimestamp = "X-Signature-Timestamp"
)

// maxClockSkew is how far a request's timestamp may be from the server's
// clock, either way, before the request counts as a replay.
const maxClockSkew = 5 * time.Minute

// errBadSignature is the cause of every signature rejection; the wrapping
// message says which check failed.
var errBadSignature = errors.New("bad request signature")

// verifier checks that a request comes from Discord: an Ed25519 signature,
// by the application's public key, over the timestamp header followed by the
// raw body, with a timestamp close to now.
type verifier struct {
	key ed25519.PublicKey
	now func() time.Time
}

// signature holds the parsed signature headers of a request.
type signature struct {
	sig       []byte
	timestamp string
}

// parseHeaders reads and checks the form of the signature headers.
func (v verifier) parseHeaders(h http.Header) (signature, error) {
	sigHex, timestamp := h.Get(headerSignature), h.Get(headerTimestamp)
	if sigHex == "" || timestamp == "" {
		return signature{}, fmt.Errorf("missing %s or %s header: %w", headerSignature, headerTimestamp, errBadSignature)
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return signature{}, fmt.Errorf("%s is not %d hex characters: %w", headerSignature, 2*ed25519.SignatureSize, errBadSignature)
	}
	seconds, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return signature{}, fmt.Errorf("%s %q is not Unix seconds: %w", headerTimestamp, timestamp, errBadSignature)
	}
	if skew := v.now().Sub(time.Unix(seconds, 0)); skew > maxClockSkew || skew < -maxClockSkew {
		return signature{}, fmt.Errorf("%s is %v off the server clock: %w", headerTimestamp, skew.Round(time.Second), errBadSignature)
	}
	return signature{sig: sig, timestamp: timestamp}, nil
}

// verify checks the signature over the timestamp and body.
func (v verifier) verify(s signature, body []byte) error {
	msg := make([]byte, 0, len(s.timestamp)+len(body))
	msg = append(append(msg, s.timestamp...), body...)
	if !ed25519.Verify(v.key, msg, s.sig) {
		return fmt.Errorf("signature does not match: %w", errBadSignature)
	}
	return nil
}
