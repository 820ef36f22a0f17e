package answer

import (
	"context"
	"testing"
)

func BenchmarkLoadBuiltin(b *testing.B) {
	for b.Loop() {
		e, _, err := Load(context.Background(), LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		_ = e.Close()
	}
}

func BenchmarkAsk(b *testing.B) {
	e := engineForTest(b)
	for _, q := range []string{"What is Turkey's position?", "What did Araghci say about threats?", "Which aircraft carrier was sent to the Middle East?"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Ask(context.Background(), q, Page{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
